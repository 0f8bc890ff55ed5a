# Simplified Chinese for the ticket queue's storage helpers (RowSet, issue 3 speed work).
GLOSSARY = {
    "The database could not be read.": "无法读取数据库。",
}
