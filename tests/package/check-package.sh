#!/usr/bin/env bash
# ctest package.deb (label "package"): builds the Debian packages from an existing build tree
# (cpack only, no second build), runs lintian on them (any error or warning fails), unpacks them
# into a scratch root with `dpkg -x` and checks what an installation gets: stripped programs,
# man pages (every option of --help documented), copyright and changelog, the desktop entry and
# icon, the hardened systemd unit, its system user and conffile, and the maintainer scripts.
#   tests/package/check-package.sh BUILD_DIR [COMPONENT...]      (components: server client)
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR [server] [client]}" && pwd)
shift
components=("$@")
[ ${#components[@]} -gt 0 ] || components=(server client)

out=$(mktemp -d /tmp/erp-package.XXXXXX)
trap 'rm -rf "$out"' EXIT
failures=0
fail() {
  echo "check-package: FAIL: $*" >&2
  failures=$((failures + 1))
}
has() { [ -e "$root/$1" ] || fail "$1 missing from the packages"; }

# 1. Build the packages from the build tree into a scratch directory.
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack.log" 2>&1) || {
  cat "$out/cpack.log" >&2
  exit 1
}
debs=()
for c in "${components[@]}"; do
  deb=$(ls "$out"/erp-"$c"_*.deb 2> /dev/null || true)
  [ -n "$deb" ] || { echo "check-package: no erp-$c_*.deb built" >&2; exit 1; }
  debs+=("$deb")
  echo "check-package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
done

# 2. lintian, as Debian runs it: no error, no warning (overrides are in the packages).
command -v lintian > /dev/null || { echo "check-package: lintian missing (scripts/install-deps)" >&2; exit 1; }
if ! lintian --fail-on error,warning "${debs[@]}" > "$out/lintian.log" 2>&1 ||
  grep -qE '^[EW]: ' "$out/lintian.log"; then
  cat "$out/lintian.log" >&2
  fail "lintian reports errors or warnings"
fi

# 3. Unpack into a scratch root.
root=$out/root
mkdir -p "$root"
for deb in "${debs[@]}"; do
  dpkg -x "$deb" "$root"
  pkg=$(dpkg-deb -f "$deb" Package)
  grep -qE '^[^<>]*[A-Za-z][^<>]* <[^<>@ ]+@[^<>@ ]+>$' <<< "$(dpkg-deb -f "$deb" Maintainer)" ||
    fail "$pkg: Maintainer is not 'Name <address>'"
  [ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 4 ] || fail "$pkg: no extended description"
  [ "$(dpkg-deb -f "$deb" Priority)" = optional ] || fail "$pkg: Priority is not optional"
  depends=$(dpkg-deb -f "$deb" Depends)
  for d in libc6 libqt6core6 libqt6sql6-sqlite; do # libc6 and Qt: computed by dpkg-shlibdeps
    grep -q "\b$d\b" <<< "$depends" || fail "$pkg: Depends lacks $d"
  done
  has "usr/share/doc/$pkg/copyright"
  has "usr/share/doc/$pkg/changelog.Debian.gz"
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/$pkg/copyright" || fail "$pkg: copyright is not machine-readable"
  has "usr/share/man/man1/$pkg.1.gz"
  # The program: stripped, and runs from the unpacked tree (it links the system's Qt).
  file -b "$root/usr/bin/$pkg" | grep -q ', stripped' || fail "$pkg: /usr/bin/$pkg is not stripped"
  # The man page renders without a warning and documents every option of --help.
  man_src=$(zcat "$root/usr/share/man/man1/$pkg.1.gz")
  warnings=$(man --warnings -E UTF-8 -l - <<< "$man_src" 2>&1 > /dev/null || true)
  [ -z "$warnings" ] || fail "$pkg.1: man warns: $warnings"
  help=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$pkg" --help) || fail "$pkg --help failed"
  options=$(grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' <<< "$help" | grep -oE -- '--[a-z-]+' | sort -u)
  [ -n "$options" ] || fail "$pkg --help lists no option"
  headers=$(sed -n 's/\\-/-/g; /^\.\(B\|BI\|BR\) .*--/p' <<< "$man_src")
  for o in $options; do
    grep -qE -- "(^|[^a-z-])$o([^a-z-]|\$)" <<< "$headers" || fail "$pkg.1 does not document $o"
  done
done

# 4. Server: the unit (verified, hardened), the system user, the conffile, maintainer scripts.
if [[ " ${components[*]} " == *" server "* ]]; then
  deb=$(ls "$out"/erp-server_*.deb)
  unit=lib/systemd/system/erp-server.service
  has "$unit"
  has etc/erp/erp-server.conf
  has usr/lib/sysusers.d/erp-server.conf
  grep -qE '^u erp - .* /var/lib/erp$' "$root/usr/lib/sysusers.d/erp-server.conf" ||
    fail "sysusers.d: no system user erp with home /var/lib/erp"
  for line in User=erp Group=erp StateDirectory=erp NoNewPrivileges=yes ProtectSystem=strict \
    ProtectHome=yes PrivateTmp=yes 'ExecStart=/usr/bin/erp-server ' \
    EnvironmentFile=-/etc/erp/erp-server.conf WantedBy=multi-user.target; do
    grep -q "^$line" "$root/$unit" || fail "$unit lacks $line"
  done
  if command -v systemd-analyze > /dev/null; then
    # The unit as installed, with the program where dpkg -x put it (verify checks that it exists).
    mkdir -p "$out/unit"
    sed "s|^ExecStart=/usr/bin/erp-server|ExecStart=$root/usr/bin/erp-server|" "$root/$unit" \
      > "$out/unit/erp-server.service"
    if ! verify=$(systemd-analyze verify --man=no "$out/unit/erp-server.service" 2>&1) ||
      [ -n "$verify" ]; then
      fail "systemd-analyze verify: $verify"
    fi
    exposure=$(systemd-analyze security --offline=yes "$out/unit/erp-server.service" 2>&1 |
      sed -n 's/.*Overall exposure level for erp-server.service: \([0-9.]*\).*/\1/p')
    echo "check-package: systemd-analyze security: exposure ${exposure:-?} (0 = safe, 10 = exposed)"
    awk -v e="${exposure:-99}" 'BEGIN { exit !(e <= 3.0) }' ||
      fail "systemd-analyze security: exposure ${exposure:-?} above 3.0"
  else
    echo "check-package: systemd-analyze not installed, unit not verified"
  fi
  ctl=$out/control
  dpkg-deb -e "$deb" "$ctl"
  grep -qx /etc/erp/erp-server.conf "$ctl/conffiles" || fail "/etc/erp/erp-server.conf is no conffile"
  for s in postinst prerm postrm; do
    [ -x "$ctl/$s" ] || fail "$s missing or not executable"
    sh -n "$ctl/$s" || fail "$s: syntax error"
  done
  grep -q 'systemd-sysusers erp-server.conf' "$ctl/postinst" && grep -q 'adduser --system' "$ctl/postinst" ||
    fail "postinst does not create the user erp"
  grep -q '\badduser\b' <<< "$(dpkg-deb -f "$deb" Depends)" || fail "erp-server: Depends lacks adduser"
fi

# 5. Client: desktop entry, icon, translations.
if [[ " ${components[*]} " == *" client "* ]]; then
  desktop=usr/share/applications/erp-client.desktop
  has "$desktop"
  has usr/share/icons/hicolor/scalable/apps/erp-client.svg
  has usr/share/erp/translations/erp_zh_CN.qm
  grep -qx 'Icon=erp-client' "$root/$desktop" || fail "$desktop: Icon is not erp-client"
  grep -qx 'Exec=erp-client' "$root/$desktop" || fail "$desktop: Exec is not erp-client"
  if command -v desktop-file-validate > /dev/null; then
    if ! v=$(desktop-file-validate "$root/$desktop" 2>&1) || [ -n "$v" ]; then
      fail "desktop-file-validate: $v"
    fi
  else
    echo "check-package: desktop-file-validate not installed, desktop entry not validated"
  fi
  depends=$(dpkg-deb -f "$(ls "$out"/erp-client_*.deb)" Depends)
  for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6; do
    grep -q "\b$d\b" <<< "$depends" || fail "erp-client: Depends lacks $d"
  done
fi

if [ "$failures" -gt 0 ]; then
  echo "check-package: $failures check(s) failed" >&2
  exit 1
fi
echo "check-package: OK (${components[*]}): lintian clean, files checked in a dpkg -x root"
