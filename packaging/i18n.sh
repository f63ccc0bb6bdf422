#!/usr/bin/env bash
# Translations with Qt's own tools.
#   bash packaging/i18n.sh update   collect marked strings into resources/i18n/*.ts
#   bash packaging/i18n.sh build    compile the .ts files to .qm (what the program loads)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
languages=(de ja)
case "${1:-build}" in
  update)
    # The sandbox is a test server, never shown to end users: not translated.
    mapfile -t sources < <(find app -name '*.py' -not -path 'app/sandbox/*' | sort)
    for lang in "${languages[@]}"; do
      "$bin/pyside6-lupdate" "${sources[@]}" -locations none -no-obsolete \
        -source-language en -target-language "$lang" \
        -ts "resources/i18n/activation-wizard_$lang.ts"
    done
    ;;
  build)
    for lang in "${languages[@]}"; do
      "$bin/pyside6-lrelease" -silent "resources/i18n/activation-wizard_$lang.ts" \
        -qm "resources/i18n/activation-wizard_$lang.qm"
    done
    ;;
  *) echo "usage: bash packaging/i18n.sh [update|build]" >&2; exit 2 ;;
esac
