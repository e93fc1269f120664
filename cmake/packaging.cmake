# `cpack -G DEB` in the build folder makes postie_<version>_amd64.deb from what `cmake --install`
# puts in place, for a school's IT admin to install with `apt-get install ./postie_*.deb`.
# dpkg-shlibdeps (dpkg-dev) works out the library packages from the programs themselves, so
# the Depends line follows whatever the build linked. tests/install checks the package.
set(POSTIE_PACKAGE_MAINTAINER "Postie maintainers <maintainers@postie.invalid>"
    CACHE STRING "The Maintainer field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME postie)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${POSTIE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how email travels, shown as a postal town")
set(CPACK_PACKAGE_DESCRIPTION
    "Postie simulates email delivery as a postal system, for teachers and students: the mail
program, the outgoing server (the post office), the DNS resolver (the postal-code directory),
the incoming MX server (the sorting station) and the mailbox store (the PO box), with every
real protocol step (SMTP, DNS, LMTP, IMAP, POP3) told in plain words. The classroom app
(postie) shows a run as a town with trucks on its roads; postie-cli runs the same lessons
in a terminal. The bundled lessons are in /usr/share/postie/scenarios.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # postie_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
