#!/bin/sh
# Chromium for the every-page check, scheduled as background work (SCHED_IDLE): it runs beside the
# feature stories, which are the suite's long path, and on two cores it should take the time they
# leave idle rather than slow them. (nice would not do: Chromium resets its processes' nice values.)
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if command -v chrt >/dev/null 2>&1; then exec chrt --idle 0 "$chromium" "$@"; fi
exec "$chromium" "$@"
