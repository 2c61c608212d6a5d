# Read by cpack (CPACK_PROJECT_CONFIG_FILE). Each package's description is its component's
# description, whose first line is the synopsis: without this, CPackDeb would put the project's
# one-line summary in front of it.
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
