# The Debian packages (included by the top-level CMakeLists.txt):
#   erp-server_<version>_<arch>.deb  the server, its man page, a hardened systemd unit running it
#                                    as the system user erp with data in /var/lib/erp, the
#                                    options in /etc/erp/erp-server.conf (a conffile)
#   erp-client_<version>_<arch>.deb  the desktop client, its man page, translations, desktop
#                                    entry and icon
# `cmake --build build --target package` writes them into build/; tests/scripts/check-package.sh
# builds them from a build tree, runs lintian and checks the unpacked files.
set(ERP_PACKAGE_MAINTAINER "ERP maintainers <erp@example.com>" CACHE STRING
    "Maintainer of the Debian packages: Name <address>")
set(ERP_PACKAGE_RELEASE 1)
set(ERP_PACKAGE_VERSION "${PROJECT_VERSION}-${ERP_PACKAGE_RELEASE}")

set(ERP_PKG_SRC ${CMAKE_CURRENT_LIST_DIR})
set(ERP_PKG_OUT ${CMAKE_BINARY_DIR}/package)
file(MAKE_DIRECTORY ${ERP_PKG_OUT})

set(ERP_PACKAGE_COMPONENTS server)
if(ERP_BUILD_CLIENT)
    list(APPEND ERP_PACKAGE_COMPONENTS client)
endif()

# changelog.Debian.gz, copyright and the man pages: gzip -n (no name, no time stamp) as Debian
# wants them, made in the normal build so that cpack alone can package a build tree.
configure_file(${ERP_PKG_SRC}/changelog.in ${ERP_PKG_OUT}/changelog.Debian @ONLY)
configure_file(${ERP_PKG_SRC}/copyright ${ERP_PKG_OUT}/copyright @ONLY)
set(ERP_PKG_GZ "")
foreach(src IN ITEMS ${ERP_PKG_OUT}/changelog.Debian ${CMAKE_SOURCE_DIR}/docs/man/erp-server.1
                     ${CMAKE_SOURCE_DIR}/docs/man/erp-client.1)
    get_filename_component(name ${src} NAME)
    add_custom_command(OUTPUT ${ERP_PKG_OUT}/${name}.gz
                       COMMAND gzip -9 -n -c ${src} > ${ERP_PKG_OUT}/${name}.gz
                       DEPENDS ${src} VERBATIM)
    list(APPEND ERP_PKG_GZ ${ERP_PKG_OUT}/${name}.gz)
endforeach()
add_custom_target(erp-package-files ALL DEPENDS ${ERP_PKG_GZ})

foreach(component IN LISTS ERP_PACKAGE_COMPONENTS)
    set(doc ${CMAKE_INSTALL_DATADIR}/doc/erp-${component})
    install(FILES ${ERP_PKG_OUT}/copyright ${ERP_PKG_OUT}/changelog.Debian.gz
            DESTINATION ${doc} COMPONENT ${component})
    install(FILES ${ERP_PKG_OUT}/erp-${component}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
            COMPONENT ${component})
    install(FILES ${ERP_PKG_SRC}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
            RENAME erp-${component} COMPONENT ${component})
endforeach()

# Server: the unit, its user, its options.
install(FILES ${ERP_PKG_SRC}/erp-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${ERP_PKG_SRC}/erp-server.sysusers DESTINATION lib/sysusers.d
        RENAME erp-server.conf COMPONENT server)
install(FILES ${ERP_PKG_SRC}/erp-server.conf DESTINATION /etc/erp
        COMPONENT server)

# Client: desktop entry and icon.
if(ERP_BUILD_CLIENT)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/erp-client.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/erp.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME erp-client.svg COMPONENT client)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME erp)
set(CPACK_PACKAGE_VENDOR "The ERP project")
set(CPACK_PACKAGE_CONTACT "${ERP_PACKAGE_MAINTAINER}")
set(CPACK_PROJECT_CONFIG_FILE ${ERP_PKG_SRC}/cpack-options.cmake)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${ERP_PACKAGE_COMPONENTS})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ERP_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ERP_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SOURCE erp)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME erp-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Qt loads the SQL drivers as plugins, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${ERP_PKG_SRC}/erp-server/postinst;${ERP_PKG_SRC}/erp-server/prerm;${ERP_PKG_SRC}/erp-server/postrm;${ERP_PKG_SRC}/erp-server/conffiles")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
"ERP server: CRM, orders, inventory and finance for small firms
The shared server of an integrated business system for small and mid-sized
firms: customers (CRM), sales orders (OMS), inventory and purchasing, and a
general ledger in one database with one set of business rules.
.
It keeps the company's data in SQLite or PostgreSQL and serves office clerks
using erp-client on their desktops over JSON-RPC 2.0 on TCP, with TLS for
clients on other machines. Users have roles and Argon2id passwords; every
change is checked by the server and written to an audit trail.
.
The package runs the server as the system user erp under systemd, with its
data in /var/lib/erp and its options in /etc/erp/erp-server.conf; the
service is not started until enabled with systemctl enable --now erp-server.")

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME erp-client)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk, fonts-wqy-microhei, adwaita-icon-theme")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
"ERP desktop client: customers, orders, inventory and finance
The desktop application of an integrated business system for small and
mid-sized firms: office clerks keep customers (CRM), sales orders from draft
to delivery (OMS), inventory and purchasing, invoices, payments and the
general ledger, with a dashboard, spreadsheet import and export, and printable
documents. English and Simplified Chinese.
.
It connects to an erp-server on the network, or works alone on a company file
on this computer (local single-user mode): a small firm needs no server.")

include(CPack)
