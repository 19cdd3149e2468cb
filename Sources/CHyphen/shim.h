// libhyphen (Debian: libhyphen-dev), the hyphenation library LibreOffice uses; its
// pattern dictionaries (hyphen-en-us, hyphen-es, ...) live under /usr/share/hyphen.
#include <stdlib.h>
#include <hyphen.h>
