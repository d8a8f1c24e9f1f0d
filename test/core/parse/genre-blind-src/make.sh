#!/bin/sh
# Remakes the Set B documents of ../genre-blind from the sources here with LibreOffice headless
# (soffice), each in the format such a resolution arrives in. Run from anywhere:
#   sh test/core/parse/genre-blind-src/make.sh
# HTML is opened as a Writer document («HTML (StarWriter)»), not as a web page, so that tables
# and lists come out as real Word/ODF tables and automatic numbering. A private profile keeps the
# run apart from any other soffice on the machine.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../genre-blind"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

convert() { # <target filter> <input filter or ""> <source file>
  if [ -n "$2" ]; then
    soffice "$profile" --headless --norestore --infilter="$2" --convert-to "$1" --outdir "$work/out" "$here/$3"
  else
    soffice "$profile" --headless --norestore --convert-to "$1" --outdir "$work/out" "$here/$3"
  fi
}

convert "docx:MS Word 2007 XML" "HTML (StarWriter)" b20_plan_dtt.html
convert "pdf:writer_pdf_Export" "HTML (StarWriter)" b21_plan_gia.html
convert "docx:MS Word 2007 XML" "" b22_kollegia_dop.fodt
convert "odt" "" b23_sovet_profilaktika.fodt
convert "pdf:writer_pdf_Export" "HTML (StarWriter)" b25_avgust_verkhnekamsk.html
convert "docx:MS Word 2007 XML" "HTML (StarWriter)" b26_prikaz_vpr.html

for f in b20_plan_dtt.docx b21_plan_gia.pdf b22_kollegia_dop.docx b23_sovet_profilaktika.odt b25_avgust_verkhnekamsk.pdf b26_prikaz_vpr.docx; do
  cp "$work/out/$f" "$out/$f"
done

# Set C: c03 is a .docx with a real Word table; c07 is printed to PDF from the .docx (two steps,
# as an office does it: the decision is typed in Word, then published as PDF).
convert "docx:MS Word 2007 XML" "HTML (StarWriter)" c03_prikaz_inkluziya.html
convert "docx:MS Word 2007 XML" "HTML (StarWriter)" c07_kollegia_olimpiada.html
soffice "$profile" --headless --norestore --convert-to "pdf:writer_pdf_Export" --outdir "$work/pdf" "$work/out/c07_kollegia_olimpiada.docx"
cp "$work/out/c03_prikaz_inkluziya.docx" "$out/c03_prikaz_inkluziya.docx"
cp "$work/pdf/c07_kollegia_olimpiada.pdf" "$out/c07_kollegia_olimpiada.pdf"
