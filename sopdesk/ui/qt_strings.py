"""Qt's own strings in the contexts sopdesk shows, listed so lupdate carries them into sopdesk's
translation (their Indonesian is in ``tools/fill_ts.py``, ``QT_ID``).

Qt ships no Indonesian translation (no ``qtbase_id.qm``): standard buttons (``QPlatformTheme``,
``QDialogButtonBox``), the non-native file dialog (``QFileDialog``, ``QFileSystemModel``,
``QAbstractFileIconProvider``), the text fields' context menus (``QLineEdit``, ``QWidgetTextControl``,
``QAbstractSpinBox``), dock titles, the undo history, the colour dialog and scroll bars look their
texts up in these contexts, which sopdesk's translator then answers.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_QPLATFORMTHEME = (
    QT_TRANSLATE_NOOP('QPlatformTheme', 'OK'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Cancel'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Save'),
    QT_TRANSLATE_NOOP('QPlatformTheme', '&Yes'),
    QT_TRANSLATE_NOOP('QPlatformTheme', '&No'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Close'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Open'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Discard'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Apply'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Help'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Abort'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Ignore'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Retry'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Reset'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Restore Defaults'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Save All'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'Yes to &All'),
    QT_TRANSLATE_NOOP('QPlatformTheme', 'N&o to All'),
)
QT_QDIALOGBUTTONBOX = (
    QT_TRANSLATE_NOOP('QDialogButtonBox', 'OK'),
)
QT_QFILEDIALOG = (
    QT_TRANSLATE_NOOP('QFileDialog', '%1\nDirectory not found.\nPlease verify the correct directory name was given.'),
    QT_TRANSLATE_NOOP('QFileDialog', '%1\nFile not found.\nPlease verify the correct file name was given.'),
    QT_TRANSLATE_NOOP('QFileDialog', '%1 already exists.\nDo you want to replace it?'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Choose'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Delete'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Look in:'),
    QT_TRANSLATE_NOOP('QFileDialog', '&New Folder'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Open'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Rename'),
    QT_TRANSLATE_NOOP('QFileDialog', '&Save'),
    QT_TRANSLATE_NOOP('QFileDialog', "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP('QFileDialog', 'All Files (*)'),
    QT_TRANSLATE_NOOP('QFileDialog', 'All files (*)'),
    QT_TRANSLATE_NOOP('QFileDialog', "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP('QFileDialog', 'Back'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Change to detail view mode'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Change to list view mode'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Could not delete directory.'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Create New Folder'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Create a New Folder'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Delete'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Detail View'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Directories'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Directory:'),
    QT_TRANSLATE_NOOP('QFileDialog', 'File &name:'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Files'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Files of &type:'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Find Directory'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Forward'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Go back'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Go forward'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Go to the parent directory'),
    QT_TRANSLATE_NOOP('QFileDialog', 'List View'),
    QT_TRANSLATE_NOOP('QFileDialog', 'List of places and bookmarks'),
    QT_TRANSLATE_NOOP('QFileDialog', 'New Folder'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Open'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Parent Directory'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Recent Places'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Remove'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Save As'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Show '),
    QT_TRANSLATE_NOOP('QFileDialog', 'Show &hidden files'),
    QT_TRANSLATE_NOOP('QFileDialog', 'Sidebar'),
)
QT_QFILESYSTEMMODEL = (
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Computer'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Date Modified'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Kind'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'My Computer'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Name'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Size'),
    QT_TRANSLATE_NOOP('QFileSystemModel', 'Type'),
)
QT_QABSTRACTFILEICONPROVIDER = (
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'Alias'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'Drive'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'File'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'File Folder'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'Folder'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'Shortcut'),
    QT_TRANSLATE_NOOP('QAbstractFileIconProvider', 'Unknown'),
)
QT_QLINEEDIT = (
    QT_TRANSLATE_NOOP('QLineEdit', '&Copy'),
    QT_TRANSLATE_NOOP('QLineEdit', '&Paste'),
    QT_TRANSLATE_NOOP('QLineEdit', '&Redo'),
    QT_TRANSLATE_NOOP('QLineEdit', '&Undo'),
    QT_TRANSLATE_NOOP('QLineEdit', 'Cu&t'),
    QT_TRANSLATE_NOOP('QLineEdit', 'Delete'),
    QT_TRANSLATE_NOOP('QLineEdit', 'Select All'),
)
QT_QWIDGETTEXTCONTROL = (
    QT_TRANSLATE_NOOP('QWidgetTextControl', '&Copy'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', '&Paste'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', '&Redo'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', '&Undo'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', 'Cu&t'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', 'Copy &Link Location'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', 'Delete'),
    QT_TRANSLATE_NOOP('QWidgetTextControl', 'Select All'),
)
QT_QABSTRACTSPINBOX = (
    QT_TRANSLATE_NOOP('QAbstractSpinBox', '&Select All'),
    QT_TRANSLATE_NOOP('QAbstractSpinBox', '&Step up'),
    QT_TRANSLATE_NOOP('QAbstractSpinBox', 'Step &down'),
)
QT_QDOCKWIDGET = (
    QT_TRANSLATE_NOOP('QDockWidget', 'Close'),
    QT_TRANSLATE_NOOP('QDockWidget', 'Closes the dock widget'),
    QT_TRANSLATE_NOOP('QDockWidget', 'Float'),
    QT_TRANSLATE_NOOP('QDockWidget', 'Undocks and re-attaches the dock widget'),
)
QT_QMESSAGEBOX = (
    QT_TRANSLATE_NOOP('QMessageBox', 'Show Details...'),
    QT_TRANSLATE_NOOP('QMessageBox', 'Hide Details...'),
)
QT_QINPUTDIALOG = (
    QT_TRANSLATE_NOOP('QInputDialog', 'Enter a value:'),
)
QT_QPROGRESSDIALOG = (
    QT_TRANSLATE_NOOP('QProgressDialog', 'Cancel'),
)
QT_QUNDOMODEL = (
    QT_TRANSLATE_NOOP('QUndoModel', '<empty>'),
)
QT_QUNDOSTACK = (
    QT_TRANSLATE_NOOP('QUndoStack', 'Undo'),
    QT_TRANSLATE_NOOP('QUndoStack', 'Redo'),
    QT_TRANSLATE_NOOP('QUndoStack', 'Undo %1'),
    QT_TRANSLATE_NOOP('QUndoStack', 'Redo %1'),
)
QT_QUNDOGROUP = (
    QT_TRANSLATE_NOOP('QUndoGroup', 'Undo'),
    QT_TRANSLATE_NOOP('QUndoGroup', 'Redo'),
    QT_TRANSLATE_NOOP('QUndoGroup', 'Undo %1'),
    QT_TRANSLATE_NOOP('QUndoGroup', 'Redo %1'),
)
QT_QCOLORDIALOG = (
    QT_TRANSLATE_NOOP('QColorDialog', '&Add to Custom Colors'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Basic colors'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Custom colors'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Green:'),
    QT_TRANSLATE_NOOP('QColorDialog', '&HTML:'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Pick Screen Color'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Red:'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Sat:'),
    QT_TRANSLATE_NOOP('QColorDialog', '&Val:'),
    QT_TRANSLATE_NOOP('QColorDialog', 'A&lpha channel:'),
    QT_TRANSLATE_NOOP('QColorDialog', 'Bl&ue:'),
    QT_TRANSLATE_NOOP('QColorDialog', 'Cursor at %1, %2\nPress ESC to cancel'),
    QT_TRANSLATE_NOOP('QColorDialog', 'Hu&e:'),
    QT_TRANSLATE_NOOP('QColorDialog', 'Select Color'),
)
QT_QSCROLLBAR = (
    QT_TRANSLATE_NOOP('QScrollBar', 'Bottom'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Left edge'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Page down'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Page left'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Page right'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Page up'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Right edge'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Scroll down'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Scroll here'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Scroll left'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Scroll right'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Scroll up'),
    QT_TRANSLATE_NOOP('QScrollBar', 'Top'),
)
QT_QTABBAR = (
    QT_TRANSLATE_NOOP('QTabBar', 'Scroll Left'),
    QT_TRANSLATE_NOOP('QTabBar', 'Scroll Right'),
)
QT_QUNICODECONTROLCHARACTERMENU = (
    QT_TRANSLATE_NOOP('QUnicodeControlCharacterMenu', 'Insert Unicode control character'),
)
QT_QCOMBOBOX = (
    QT_TRANSLATE_NOOP('QComboBox', 'Open the combo box selection popup'),
    QT_TRANSLATE_NOOP('QComboBox', 'True'),
    QT_TRANSLATE_NOOP('QComboBox', 'False'),
)
QT_QDIALOG = (
    QT_TRANSLATE_NOOP('QDialog', "What's This?"),
)
QT_QWHATSTHISACTION = (
    QT_TRANSLATE_NOOP('QWhatsThisAction', "What's This?"),
)
