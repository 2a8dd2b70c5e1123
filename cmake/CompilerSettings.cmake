# One INTERFACE target carries every compile setting, so each library and test states its
# strictness by linking it instead of repeating flags.
add_library(tessera_compile_settings INTERFACE)
target_compile_features(tessera_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(tessera_compile_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER)
target_compile_options(tessera_compile_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  $<$<BOOL:${TESSERA_WERROR}>:-Werror>)
if(TESSERA_SANITIZE)
  target_compile_options(tessera_compile_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(tessera_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
