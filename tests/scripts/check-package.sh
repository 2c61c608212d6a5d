#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR (argument 1) into a scratch directory and checks it
# holds what a desktop installation needs: both programs, the desktop entry, the icon and the
# compiled translations, with the run-time plugins among its dependencies.
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
out=$(mktemp -d /tmp/erp-package.XXXXXX)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack.log") || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/erp-server ./usr/bin/erp-client ./usr/share/applications/erp-client.desktop \
         ./usr/share/icons/hicolor/scalable/apps/erp-client.svg ./usr/share/erp/translations/erp_zh_CN.qm; do
  grep -qx "$f" <<< "$contents" || { echo "check-package: $f missing from $(basename "$deb")" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
  grep -q "$d" <<< "$depends" || { echo "check-package: Depends lacks $d" >&2; exit 1; }
done
echo "check-package: $(basename "$deb") OK ($(du -h "$deb" | cut -f1))"
