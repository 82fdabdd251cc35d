"""Importers: one reader per source (PDF, .docx, .xlsx) turning a document into one
intermediate (`grid.Document`), and one recogniser (`recognise.recognise`) turning that
into draft SOPs with an import report. No Qt here (ARCHITECTURE, "Importers")."""
