#!/usr/bin/env bash
# Stand-in for `aws` (and `gh`) in the setup.sh tests. Records its argv, NUL-separated, one
# file per call, plus a copy of every file:// document it was given; answers like the real CLI
# would for an account where nothing exists yet (STUB_EXISTS=0) or everything exists
# (STUB_EXISTS=1). It never runs anything it was given.
set -u
dir=${STUB_DIR:?}
n=$(($(find "$dir" -maxdepth 1 -name 'call-*' ! -name '*.doc' | wc -l) + 1))
printf '%s\0' "$(basename "$0")" "$@" > "$dir/call-$n"
for arg in "$@"; do
  case $arg in
    file://*) cat -- "${arg#file://}" > "$dir/call-$n.doc" ;;
  esac
done
[[ $(basename "$0") == gh ]] && exit 0
case "$1 $2" in
  "sts get-caller-identity") printf '%s\n' "${STUB_ACCOUNT:?}"; exit 0 ;;
  "iam get-open-id-connect-provider")
    [[ ${STUB_EXISTS:-0} == 1 ]] || exit 254
    [[ " $* " == *" --query ClientIDList "* ]] && printf '%s\n' "${STUB_CLIENT_IDS:-sts.amazonaws.com}"
    exit 0 ;;
  "iam get-policy"|"iam get-role"|"ecr describe-repositories")
    [[ ${STUB_EXISTS:-0} == 1 ]] && exit 0 || exit 254 ;;
esac
exit 0
