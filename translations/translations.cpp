// Anchor for the shopwarden_translations library, which only carries the
// compiled .qm resources (":/i18n/…"); ui/languages.cpp loads them.
namespace sw { int translationsAnchor() { return 0; } }
