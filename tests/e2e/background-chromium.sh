#!/bin/sh
# Chromium for the every-page check, scheduled as background work (SCHED_IDLE): it runs beside the
# feature stories, which are the suite's long path, and on two cores it should take the time they
# leave idle rather than slow them. (nice would not do: Chromium resets its processes' nice values.)
exec chrt --idle 0 "${CHROMIUM_PATH:-/usr/bin/chromium}" "$@"
