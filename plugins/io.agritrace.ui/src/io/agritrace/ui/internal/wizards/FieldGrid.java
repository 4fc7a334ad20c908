package io.agritrace.ui.internal.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.FileFolders;

/**
 * Labelled input fields in two columns, each known by the key its validator
 * uses, so that a broken rule marks the control it came from and its message
 * names the field as the label does.
 */
final class FieldGrid {

	/** What a time field reads: hours (one or two digits) and minutes, 24-hour. */
	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm"); //$NON-NLS-1$
	/** What a time field shows: 08:49. */
	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	/** The day a date field showed when it last changed, so that a Selection without a new day is no edit. */
	private static final String SHOWN_DAY = "shownDay"; //$NON-NLS-1$

	private final Composite body;
	private final Runnable changed;
	private final int fieldWidth;
	private final Map<String, String> labels = new HashMap<>();
	private final Map<String, Control> controls = new HashMap<>();
	private final Map<String, ControlDecoration> marks = new HashMap<>();
	private final Mnemonics mnemonics = new Mnemonics();

	/** @param fieldWidth the width of a field in pixels */
	FieldGrid(Composite parent, Runnable changed, int fieldWidth) {
		this.changed = changed;
		this.fieldWidth = fieldWidth;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(body);
	}

	Composite body() {
		return body;
	}

	/** The label of the field with this key, as errors name it. */
	String label(String field) {
		return labels.getOrDefault(field, field);
	}

	/**
	 * The control of the field with this key. The wizard tests type by the
	 * validators' keys, which errors carry: no label names some fields (a
	 * certificate's number and dates).
	 */
	Control control(String field) {
		return controls.get(field);
	}

	Text text(String field, String label) {
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
		text.addModifyListener(e -> changed.run());
		return add(field, label, text);
	}

	/** A quantity and, beside it, the name of its unit, which the page shows once it knows it (from the lot chosen). */
	Quantity quantity(String field, String label) {
		Composite row = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(row);
		Text amount = new Text(row, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(amount);
		amount.addModifyListener(e -> changed.run());
		// The page proposes a quantity: a click or Tab into it selects it whole, so that typing replaces it (a click
		// placed the caret after it, and "9835" became "983520000"). After the click has placed the caret.
		amount.addListener(SWT.FocusIn, e -> amount.getDisplay().asyncExec(() -> {
			if (!amount.isDisposed() && amount.isFocusControl()) {
				amount.selectAll();
			}
		}));
		Label unit = new Label(row, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(fieldWidth / 6, SWT.DEFAULT).applyTo(unit);
		add(field, label, row);
		// Errors name and tests type into the amount.
		controls.put(field, amount);
		return new Quantity(amount, unit);
	}

	/** A quantity's text field and the label beside it that names its unit. */
	record Quantity(Text amount, Label unit) {

		/** Names the unit (a UN/CEFACT code, e.g. KGM) in the workbench's language; null names none. */
		void showUnit(String uom) {
			unit.setText(uom == null ? "" : Quantities.unitName(uom, WorkbenchLanguage.current())); //$NON-NLS-1$
		}
	}

	/** A drop-down of fixed choices, shown by their labels. */
	Combo choice(String field, String label, List<String> items) {
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items.toArray(String[]::new));
		combo.setVisibleItemCount(Math.min(15, Math.max(1, items.size())));
		// Selection, not Modify: GTK defers the Modify of a choice the page made (setItems, select) until after
		// it filled the page, where it would read as the user's and scold a new form; Selection is the user's alone.
		combo.addListener(SWT.Selection, e -> changed.run());
		entersGoOn(combo);
		return add(field, label, combo);
	}

	/**
	 * Enter in a drop-down or a date goes on, as it does in a text field:
	 * the dialog's default button (Next or Finish) is pressed, where GTK would
	 * open the list instead.
	 */
	static void entersGoOn(Control control) {
		control.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = true;
			}
		});
		control.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				Button next = control.getShell().getDefaultButton();
				if (next != null && next.isEnabled()) {
					e.doit = false;
					next.notifyListeners(SWT.Selection, new Event());
				}
			}
		});
	}

	/** A lot chosen among those {@link LotChooser#offer offered}; errors mark its filter field, where the keyboard types. */
	LotChooser lots(String field, String label, int rows, boolean compact) {
		LotChooser chooser = new LotChooser(body, rows, compact, changed);
		add(field, label, chooser.area());
		// The label beside the filter field, above the list.
		List<Control> children = List.of(body.getChildren());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 6)
				.applyTo(children.get(children.indexOf(chooser.area()) - 1));
		ControlDecoration areaMark = marks.remove(field);
		areaMark.dispose();
		mark(field, label, chooser.filter());
		return chooser;
	}

	/** A text field that also proposes values. */
	Combo proposals(String field, String label, List<String> items) {
		Combo combo = new Combo(body, SWT.DROP_DOWN | SWT.BORDER);
		combo.setItems(items.toArray(String[]::new));
		combo.addModifyListener(e -> changed.run());
		return add(field, label, combo);
	}

	DateTime date(String field, String label) {
		DateTime date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.addListener(SWT.Selection, e -> {
			// GTK also sends Selection when the page with the date is shown: only a new day is an edit.
			if (!day(date).equals(date.getData(SHOWN_DAY))) {
				date.setData(SHOWN_DAY, day(date));
				changed.run();
			}
		});
		entersGoOn(date);
		add(field, label, date);
		// Stretched, GTK draws the drop-down button far from the date.
		GridDataFactory.swtDefaults().indent(8, 0).applyTo(date);
		return date;
	}

	/** The day a date field shows. */
	static LocalDate day(DateTime date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	/**
	 * The minute a date field and a time field show together.
	 *
	 * @throws FieldError naming the time field when it holds no hours and minutes
	 */
	LocalDateTime minute(DateTime date, Text time) {
		String typed = time.getText().strip();
		try {
			return day(date).atTime(LocalTime.parse(typed, HOURS_MINUTES));
		} catch (DateTimeParseException e) {
			String field = controls.entrySet().stream().filter(c -> c.getValue() == time).map(Map.Entry::getKey).findFirst()
					.orElseThrow();
			throw new FieldError(field, NLS.bind(Messages.Field_timeUnreadable, label(field), typed));
		}
	}

	/** Shows a day in a date field, which otherwise starts at today in the JVM's zone. */
	static void show(DateTime date, LocalDate day) {
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		date.setData(SHOWN_DAY, day);
	}

	/** Shows a minute in a date field and a time field. */
	static void show(DateTime date, Text time, LocalDateTime minute) {
		show(date, minute.toLocalDate());
		time.setText(SHOWN_TIME.format(minute));
	}

	/**
	 * A time of day typed as hours and minutes, 24-hour in every language
	 * ("08:49"): SWT's time field follows the locale, 12-hour with AM and PM in English.
	 */
	Text time(String field, String label) {
		Text time = text(field, label);
		time.setMessage(Messages.Field_timeHint);
		time.setTextLimit(5);
		GridDataFactory.swtDefaults().indent(8, 0).hint(fieldWidth / 3, SWT.DEFAULT).applyTo(time);
		return time;
	}

	/** A file's path, typed or chosen with Browse… among files of these extensions (e.g. "*.csv"). */
	Text file(String field, String label, String... extensions) {
		return path(field, label, SWT.OPEN, extensions);
	}

	/** A file to write, typed or chosen with Browse…; the dialog asks before it overwrites one. */
	Text saveFile(String field, String label, String... extensions) {
		return path(field, label, SWT.SAVE, extensions);
	}

	private Text path(String field, String label, int dialogStyle, String... extensions) {
		Composite row = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		Text path = new Text(row, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		path.addModifyListener(e -> changed.run());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText(mnemonics.label(Messages.Wizard_browse));
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(body.getShell(), dialogStyle);
			// The dialog starts on the file the field names: its folder, its name and its kind of file.
			dialog.setFilterExtensions(filtersFor(path.getText(), extensions));
			Path named = named(path.getText());
			if (named != null) {
				dialog.setFileName(named.getFileName().toString());
				if (named.getParent() != null) {
					dialog.setFilterPath(named.getParent().toString());
				}
			}
			dialog.setOverwrite(true);
			String chosen = FileFolders.open(dialog);
			if (chosen != null) {
				path.setText(chosen);
			}
		});
		add(field, label, row);
		// Errors mark the path, which the user edits, and tests type into it.
		controls.put(field, path);
		return path;
	}

	/** The filters with the one that matches the file's extension first, so that a dialog shows that kind of file. */
	static String[] filtersFor(String file, String... extensions) {
		String name = file.strip().toLowerCase(Locale.ROOT);
		List<String> ordered = new ArrayList<>(List.of(extensions));
		ordered.stream().filter(f -> f.startsWith("*.") && !f.equals("*.*") //$NON-NLS-1$ //$NON-NLS-2$
				&& name.endsWith(f.substring(1))).findFirst().ifPresent(match -> {
					ordered.remove(match);
					ordered.add(0, match);
				});
		return ordered.toArray(String[]::new);
	}

	private static Path named(String text) {
		try {
			return text.isBlank() ? null : Path.of(text.strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	Button check(String field, String label) {
		new Label(body, SWT.NONE);
		Button check = new Button(body, SWT.CHECK);
		check.setText(mnemonics.label(label));
		check.addListener(SWT.Selection, e -> changed.run());
		labels.put(field, label);
		controls.put(field, check);
		return check;
	}

	/** A read-only value that the fields determine, such as the trace code. */
	Label shown(String key, String label) {
		new Label(body, SWT.NONE).setText(label);
		Label value = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		controls.put(key, value);
		return value;
	}

	/** Whether the field is marked as breaking a rule: a decoration that no widget of the page holds. */
	boolean marked(String field) {
		ControlDecoration mark = marks.get(field);
		return mark != null && mark.isVisible();
	}

	/** Marks the field that breaks a rule, clearing the others; null clears all. */
	void mark(String field, String rule) {
		marks.forEach((key, mark) -> {
			if (key.equals(field)) {
				mark.setDescriptionText(rule);
				mark.show();
			} else {
				mark.hide();
			}
		});
	}

	/**
	 * A check box in the label column and, beside it, a row of fields that it
	 * enables while checked; the caller fills the row and {@link #register}s its
	 * fields.
	 */
	CheckedRow checkedRow(String field, String label) {
		Button box = new Button(body, SWT.CHECK);
		box.setText(mnemonics.label(label));
		Composite row = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(row);
		box.addListener(SWT.Selection, e -> {
			for (Control child : row.getChildren()) {
				child.setEnabled(box.getSelection());
			}
			changed.run();
		});
		labels.put(field, label);
		controls.put(field, box);
		return new CheckedRow(box, row);
	}

	/** A check box and the row of fields it enables. */
	record CheckedRow(Button check, Composite row) {
	}

	/** A field of a row the caller laid out, known by its key and named by its label in errors. */
	<C extends Control> C register(String field, String label, C control) {
		if (control instanceof Text text) {
			text.addModifyListener(e -> changed.run());
		} else {
			control.addListener(SWT.Selection, e -> changed.run());
		}
		control.setEnabled(false);
		return mark(field, label, control);
	}

	private <C extends Control> C add(String field, String label, C control) {
		Label name = new Label(body, SWT.NONE);
		name.setText(mnemonics.label(label));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).indent(8, 0)
				.hint(fieldWidth, SWT.DEFAULT).applyTo(control);
		name.moveAbove(control);
		return mark(field, label, control);
	}

	private <C extends Control> C mark(String field, String label, C control) {
		ControlDecoration mark = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
		mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		mark.hide();
		labels.put(field, label);
		controls.put(field, control);
		marks.put(field, mark);
		return control;
	}
}
