#!/usr/bin/env bash
# The relay's folders are layers: a file may include its own folder and the
# folders below it, never one beside or above it (so there are no cycles).
# Prints every include that points elsewhere and fails if there is one.
# Usage: check-relay-layers.sh RELAY_SRC_DIR
set -euo pipefail
src="${1:?usage: check-relay-layers.sh RELAY_SRC_DIR}"

# Lowest first. Folders on one line are side by side: neither includes the other.
layers=(
  "log"
  "net security"
  "storage config"
  "core"
  "content outbound"
  "sire cases"
  "webhook ops"
  "app"
)
declare -A rank
for i in "${!layers[@]}"; do
  for folder in ${layers[$i]}; do rank[$folder]=$i; done
done

status=0
for dir in "$src"/*/; do
  folder=$(basename "$dir")
  if [[ -z ${rank[$folder]+x} ]]; then
    echo "relay/src/$folder is in no layer: add it to ${BASH_SOURCE[0]}"
    status=1
    continue
  fi
  while IFS=: read -r file line target; do
    to=${target%%/*}
    [[ $to == "$folder" || $to == sportello ]] && continue
    if [[ -z ${rank[$to]+x} || ${rank[$to]} -ge ${rank[$folder]} ]]; then
      echo "${file#"$src"/}:$line includes $target: $to is not below $folder"
      status=1
    fi
  done < <(grep -Ho -n '^#include "[a-z_]*/[^"]*"' "$dir"*.cpp "$dir"*.hpp 2>/dev/null |
           sed -E 's/:#include "([^"]*)"$/:\1/')
done
[[ $status == 0 ]] && echo "every include of relay/src points down (${#layers[@]} layers)"
exit $status
