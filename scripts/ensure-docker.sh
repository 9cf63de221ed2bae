#!/usr/bin/env bash
# Makes a Docker engine reachable on a fresh machine, so the test suite (and CI)
# need one command. Does nothing when an engine already answers.
#  1. install the engine (docker.io) when dockerd is missing   (root only)
#  2. start dockerd in the background when nothing answers     (root only)
#  3. make the base image debian:bookworm-slim when it is absent and can't be
#     pulled: debootstrap a minimal bookworm and import it.
set -euo pipefail

log() { printf 'ensure-docker: %s\n' "$*" >&2; }

engine_up() { timeout 10 docker info >/dev/null 2>&1; }

if ! engine_up; then
  if [ "$(id -u)" != 0 ]; then
    log "no Docker engine answers and this is not root: start one (e.g. 'sudo systemctl start docker')"
    exit 3
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    log "installing docker.io"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io >/dev/null
  fi
  log "starting dockerd"
  mkdir -p /var/log
  nohup dockerd >/var/log/proctorx-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    engine_up && break
    sleep 1
  done
  engine_up || { log "dockerd did not come up; see /var/log/proctorx-dockerd.log"; exit 3; }
fi
log "engine up: $(docker version --format '{{.Server.Version}}')"

base=debian:bookworm-slim
if ! docker image inspect "$base" >/dev/null 2>&1; then
  if timeout 60 docker pull -q "$base" >/dev/null 2>&1; then
    log "pulled $base"
  else
    [ "$(id -u)" = 0 ] || { log "$base is missing and can't be pulled or built without root"; exit 3; }
    command -v debootstrap >/dev/null 2>&1 || {
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
    }
    dir=$(mktemp -d /tmp/proctorx-rootfs.XXXXXX)
    log "building $base with debootstrap (about 30 s)"
    debootstrap --variant=minbase bookworm "$dir" >/tmp/proctorx-debootstrap.log 2>&1 \
      || { log "debootstrap failed; see /tmp/proctorx-debootstrap.log"; exit 3; }
    tar -C "$dir" -c . | docker import - "$base" >/dev/null
    rm -rf "$dir"
    log "imported $base"
  fi
fi
