#!/usr/bin/env bash
# Example cron job: incremental reindex of one or more corpus folders.
#
#   */15 * * * *  /path/to/saywho/scripts/reindex-job.sh /data/news /data/wires
#
# - one run at a time (flock on $SAYWHO_LOCK); a run that finds the lock taken exits 0 quietly;
# - warnings go to $SAYWHO_LOG, and one JSON summary line per run, stamped with the time;
# - the exit code is saywho's: 0 ok, 2 error, 3 some file failed (with SAYWHO_STRICT=1), 130 interrupted.
set -uo pipefail
saywho=${SAYWHO_BIN:-saywho}
index=${SAYWHO_INDEX:-index}
log=${SAYWHO_LOG:-saywho-reindex.log}
lock=${SAYWHO_LOCK:-/tmp/saywho-reindex.lock}
strict=()
[ "${SAYWHO_STRICT:-0}" = 1 ] && strict=(--strict)
[ $# -gt 0 ] || set -- corpus

exec 9>"$lock"
if ! flock -n 9; then
    echo "$(date -u +%FT%TZ) skipped: another reindex job holds $lock" >>"$log"
    exit 0
fi
summary=$("$saywho" index "$@" --index "$index" --json --quiet --wait "${strict[@]}" 2>>"$log")
code=$?
printf '{"time":"%s","exit":%d,"summary":%s}\n' "$(date -u +%FT%TZ)" "$code" "${summary:-null}" >>"$log"
exit $code
