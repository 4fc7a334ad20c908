package io.agritrace.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The folder the file dialogs (import, export, a data logger's readings, a
 * report) open in: the one the user last chose a file in, kept in the dialog
 * settings; at first the home folder, never the program's own folder, where a
 * dialog opens when it is told nothing.
 */
public final class FileFolders {

	private static final String KEY = "lastFolder"; //$NON-NLS-1$

	private FileFolders() {
	}

	/**
	 * Opens the dialog in the folder it was given (that of a file a field
	 * names), else in the folder last used, and remembers the one a file is
	 * chosen in.
	 */
	public static String open(FileDialog dialog) {
		String given = dialog.getFilterPath();
		if (given == null || given.isEmpty() || !Files.isDirectory(Path.of(given))) {
			dialog.setFilterPath(proposed().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			chosen(Path.of(chosen));
		}
		return chosen;
	}

	/** The folder a file dialog opens in now. */
	public static Path proposed() {
		String last = settings().get(KEY);
		if (last != null && Files.isDirectory(Path.of(last))) {
			return Path.of(last);
		}
		return Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	/** Remembers the folder of a file the user chose. */
	public static void chosen(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null) {
			settings().put(KEY, folder.toString());
		}
	}

	private static IDialogSettings settings() {
		return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FileFolders.class)).getDialogSettings();
	}
}
