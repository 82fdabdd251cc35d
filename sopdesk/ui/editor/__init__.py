"""The SOP editor: the flowchart table is the editor and the drawing follows from it.

`document` (the SOP being edited, its undo stack), `steps_model` (the table of steps),
`identity_form` and `list_editor` (Bagian Identitas), `step_panel` (symbol and exits),
`scene` (the live drawing with lane clicks and exit drags), `window` (the editor window)
and `controller` (opening editors from the main window).
"""
