package io.agritrace.ui.internal.wizards;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

import io.agritrace.tests.harness.ui.UiTestSupport;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.internal.InSight;

/** A wizard as a user drives it, opened from its New-wizard registration. */
final class WizardBot {

	private static final long TIMEOUT_MS = 30_000;

	private final WizardDialog dialog;
	/** What the user did so far: each field typed or chosen, each box ticked, key or button pressed. */
	private int actions;

	private WizardBot(WizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens the wizard registered under this id, as Register > … does, and waits for what it reads. */
	static WizardBot open(String wizardId) {
		return open(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(wizardId), wizardId,
				StructuredSelection.EMPTY);
	}

	/** Opens the export wizard registered under this id, as File > Export does with this selection. */
	static WizardBot openExport(String wizardId, IStructuredSelection selection) {
		return open(PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(wizardId), wizardId, selection);
	}

	/** Opens the import wizard registered under this id, as File > Import does. */
	static WizardBot openImport(String wizardId) {
		return open(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(wizardId), wizardId,
				StructuredSelection.EMPTY);
	}

	private static WizardBot open(IWizardDescriptor descriptor, String wizardId, IStructuredSelection selection) {
		if (descriptor == null) {
			throw new AssertionError("no wizard registered as " + wizardId); //$NON-NLS-1$
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(workbench, selection);
			WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			waitForJobs(TIMEOUT_MS);
			return new WizardBot(dialog);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** The wizard a command opened, once its dialog shows. */
	static WizardBot opened() {
		waitUntil("a wizard to open", TIMEOUT_MS, () -> openDialog() != null); //$NON-NLS-1$
		waitForJobs(TIMEOUT_MS);
		return new WizardBot(openDialog());
	}

	private static WizardDialog openDialog() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> shell.isVisible() && shell.getData() instanceof WizardDialog)
				.map(shell -> (WizardDialog) shell.getData()).findFirst().orElse(null);
	}

	private RecordPage<?> page() {
		return (RecordPage<?>) current();
	}

	private WizardPage current() {
		return (WizardPage) dialog.getCurrentPage();
	}

	/** How many actions the user took in the wizard so far. */
	int actions() {
		return actions;
	}

	/** The name of the page shown, e.g. "review". */
	String pageName() {
		return current().getName();
	}

	/**
	 * The height between the pages and the next thing the dialog shows below them (the line over the buttons):
	 * a band nothing uses when it is more than the layout's spacing.
	 */
	int belowPages() {
		// A task that ran (the preview's reading) defers the dialog's layout until events are handled.
		UiTestSupport.processEvents();
		Composite container = current().getControl().getParent();
		Control[] area = container.getParent().getChildren();
		int next = Arrays.asList(area).indexOf(container) + 1;
		while (next < area.length && !area[next].getVisible()) {
			next++;
		}
		Rectangle pages = container.getBounds();
		return area[next].getBounds().y - (pages.y + pages.height);
	}

	/** Shrinks the dialog into a display of this size, as the window system does with one taller than the screen. */
	WizardBot fitInto(int width, int height) {
		Shell shell = dialog.getShell();
		Point size = shell.getSize();
		shell.setBounds(0, 0, Math.min(size.x, width), Math.min(size.y, height));
		UiTestSupport.processEvents();
		return this;
	}

	/** The fields that cannot be brought into view whole, even by scrolling the page. */
	List<String> unreachable(String... fields) {
		return Arrays.stream(fields).filter(f -> !InSight.reachable(control(f))).toList();
	}

	private Control control(String field) {
		Control control = page().fields().control(field);
		if (control == null) {
			throw new AssertionError("no field " + field); //$NON-NLS-1$
		}
		return control;
	}

	WizardBot type(String field, String text) {
		actions++;
		Control control = control(field);
		if (control instanceof Text t) {
			t.setText(text);
		} else {
			((Combo) control).setText(text);
		}
		return this;
	}

	/**
	 * Picks the first item that contains {@code text}. In a lot chooser, the
	 * text is typed into its filter; a row is clicked (one action more) only
	 * where the filter leaves more than one.
	 */
	WizardBot choose(String field, String text) {
		actions++;
		LotChooser lots = LotChooser.of(control(field));
		if (lots != null) {
			lots.filter().setText(text);
			if (lots.chosen() == null || !lots.chosenName().contains(text)) {
				List<String> shown = lots.shownNames();
				int row = shown.stream().filter(name -> name.contains(text)).findFirst().map(shown::indexOf)
						.orElseThrow(() -> new AssertionError(field + " shows no " + text + " among " + shown)); //$NON-NLS-1$ //$NON-NLS-2$
				actions++;
				lots.select(row);
			}
			return this;
		}
		Combo combo = (Combo) control(field);
		for (int i = 0; i < combo.getItemCount(); i++) {
			if (combo.getItem(i).contains(text)) {
				// As a user's pick: GTK sends Modify and Selection.
				combo.select(i);
				combo.notifyListeners(SWT.Modify, new Event());
				combo.notifyListeners(SWT.Selection, new Event());
				return this;
			}
		}
		throw new AssertionError(field + " offers no " + text + " among " //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(" | ", combo.getItems())); //$NON-NLS-1$
	}

	WizardBot check(String field) {
		actions++;
		Button box = (Button) control(field);
		box.setSelection(true);
		box.notifyListeners(SWT.Selection, new Event());
		return this;
	}

	/** Whether the check box is ticked. */
	boolean checked(String field) {
		return ((Button) control(field)).getSelection();
	}

	WizardBot date(String field, LocalDate day) {
		actions++;
		DateTime date = (DateTime) control(field);
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		date.notifyListeners(SWT.Selection, new Event());
		return this;
	}

	/** The day a date field shows. */
	LocalDate day(String field) {
		return FieldGrid.day((DateTime) control(field));
	}

	/** What the field shows; of a lot chooser, the lot chosen (or ""). */
	String text(String field) {
		Control control = control(field);
		if (LotChooser.of(control) != null) {
			return LotChooser.of(control).chosenName();
		}
		return control instanceof Text t ? t.getText() : control instanceof Label l ? l.getText() : ((Combo) control).getText();
	}

	/** The unit named beside a quantity field. */
	String unit(String field) {
		return Widgets.next(control(field), Label.class).getText();
	}

	/** What a combo offers to choose from, or the rows a lot chooser shows. */
	List<String> items(String field) {
		LotChooser lots = LotChooser.of(control(field));
		return lots != null ? lots.shownNames() : List.of(((Combo) control(field)).getItems());
	}

	/**
	 * How many rows a lot chooser's list shows whole at once, as GTK draws
	 * them (rows apart by more than the item height it reports); it must list
	 * two rows or more.
	 */
	int rowsInView(String field) {
		Table table = Widgets.all(LotChooser.of(control(field)).area(), Table.class).get(0);
		int pitch = table.getItem(1).getBounds().y - table.getItem(0).getBounds().y;
		int scrollBar = table.getHorizontalBar() != null && table.getHorizontalBar().isVisible()
				? table.getHorizontalBar().getSize().y : 0;
		int rows = table.getSize().y - 2 * table.getBorderWidth() - table.getHeaderHeight() - scrollBar;
		return rows / pitch;
	}

	/** Whether a lot chooser's columns show each shown row's texts whole, none cut. */
	boolean lotColumnsWhole(String field) {
		Table table = Widgets.all(LotChooser.of(control(field)).area(), Table.class).get(0);
		GC gc = new GC(table);
		try {
			for (int row = 0; row < Math.min(table.getItemCount(), 8); row++) {
				for (int column = 0; column < table.getColumnCount(); column++) {
					if (gc.textExtent(table.getItem(row).getText(column)).x > table.getColumn(column).getWidth()) {
						return false;
					}
				}
			}
			return true;
		} finally {
			gc.dispose();
		}
	}

	/** Whether the page shows all its fields, none cut off at the bottom of the dialog. */
	boolean wholePageShown() {
		UiTestSupport.processEvents();
		Composite page = body();
		return page.computeSize(page.getSize().x, SWT.DEFAULT).y <= page.getSize().y;
	}

	/** Whether the title area shows all the lines of its message, none cut. */
	boolean messageShownWhole() {
		UiTestSupport.processEvents();
		Text message = TitleMessage.find(dialog.getShell(), error() != null ? error().strip() : current().getMessage());
		if (message == null) {
			throw new AssertionError("no message shown"); //$NON-NLS-1$
		}
		return message.computeSize(message.getSize().x, SWT.DEFAULT).y <= message.getSize().y;
	}

	String error() {
		return current().getErrorMessage();
	}

	/** The page's message when it is information (not a warning): what the wizard stored last, for one. */
	String information() {
		return current().getMessageType() == IMessageProvider.INFORMATION ? current().getMessage() : null;
	}

	/** What the field has selected, as typing would replace it. */
	String selected(String field) {
		return ((Text) control(field)).getSelectionText();
	}

	/** How far down the page's fields are scrolled, in pixels. */
	int scrolledDown() {
		return ((ScrolledComposite) current().getControl()).getOrigin().y;
	}

	/** How far the page's widest field reaches past its visible width (under the scroll bar), in pixels; 0 when none does. */
	int cutOnTheRight() {
		UiTestSupport.processEvents();
		Composite fields = (Composite) ((ScrolledComposite) current().getControl()).getContent();
		int shown = ((ScrolledComposite) current().getControl()).getClientArea().width;
		return Widgets.all(fields, Control.class).stream().filter(Control::isVisible)
				.mapToInt(c -> c.getDisplay().map(c.getParent(), fields, c.getBounds().x + c.getBounds().width, 0).x - shown)
				.max().orElse(0);
	}

	/** Where the field is on the page, from its top. */
	int top(String field) {
		return control(field).getDisplay().map(control(field), body(), 0, 0).y;
	}

	String warning() {
		return current().getMessage();
	}

	boolean marked(String field) {
		return page().fields().marked(field);
	}

	boolean canNext() {
		return button(IDialogConstants.NEXT_ID).isEnabled();
	}

	/** The field's label as the page shows it. */
	String label(String field) {
		return page().fields().label(field);
	}

	boolean canFinish() {
		return button(IDialogConstants.FINISH_ID).isEnabled();
	}

	/** Presses Next; on the review page, waits until the event is checked. */
	WizardBot next() {
		actions++;
		press(IDialogConstants.NEXT_ID);
		if (current() instanceof ReviewPage) {
			waitUntil("the event's check", TIMEOUT_MS, () -> current().isPageComplete() || error() != null); //$NON-NLS-1$
		}
		return this;
	}

	WizardBot back() {
		actions++;
		press(IDialogConstants.BACK_ID);
		return this;
	}

	<P> P page(Class<P> type) {
		return type.cast(current());
	}

	/** The page's controls, for what no field key names. */
	Composite body() {
		return (Composite) current().getControl();
	}

	/** Presses and releases a key, as the keyboard does, where the focus is. */
	WizardBot press(char key) {
		actions++;
		post(Display.getCurrent(), SWT.KeyDown, key, 0);
		post(Display.getCurrent(), SWT.KeyUp, key, 0);
		UiTestSupport.processEvents();
		return this;
	}

	/** Presses and releases a key that types no character (an arrow), where the focus is. */
	WizardBot key(int keyCode) {
		actions++;
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, '\0', keyCode);
		post(display, SWT.KeyUp, '\0', keyCode);
		UiTestSupport.processEvents();
		return this;
	}

	/** Presses Alt and a letter, as a mnemonic is used. */
	WizardBot alt(char letter) {
		actions++;
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, '\0', SWT.ALT);
		post(display, SWT.KeyDown, letter, 0);
		post(display, SWT.KeyUp, letter, 0);
		post(display, SWT.KeyUp, '\0', SWT.ALT);
		UiTestSupport.processEvents();
		return this;
	}

	private static void post(Display display, int type, char character, int keyCode) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = keyCode == 0 ? character : keyCode;
		display.post(event);
	}

	/** Puts the keyboard's focus in the field, its dialog the active window (where posted keys go). */
	WizardBot focus(String field) {
		dialog.getShell().forceActive();
		control(field).setFocus();
		UiTestSupport.processEvents();
		return this;
	}

	/** The mnemonic letters of the page's labels, check boxes and buttons, in lower case. */
	List<Character> mnemonics() {
		List<Character> letters = new java.util.ArrayList<>();
		for (Control c : Widgets.all(body(), Control.class)) {
			String text = c instanceof Label l ? l.getText() : c instanceof Button b ? b.getText() : ""; //$NON-NLS-1$
			int marked = text.indexOf('&');
			if (marked >= 0 && marked + 1 < text.length()) {
				letters.add(Character.toLowerCase(text.charAt(marked + 1)));
			}
		}
		return letters;
	}

	/** Clicks the page's check box with this text. */
	WizardBot tick(String label) {
		actions++;
		Widgets.click(Widgets.button(body(), label));
		return this;
	}

	/** Every text the page shows (labels and read-only fields that are visible), one per line. */
	String shown() {
		StringBuilder texts = new StringBuilder();
		for (Control c : Widgets.all(body(), Control.class)) {
			if (c.isVisible() && (c instanceof Label || c instanceof Text)) {
				texts.append(c instanceof Label l ? l.getText() : ((Text) c).getText()).append('\n');
			}
		}
		return texts.toString();
	}

	/** The value the page shows beside this label (a read-only field). */
	String shownBeside(String label) {
		return Widgets.beside(body(), label, Label.class).getText();
	}

	/** The value the review's summary shows beside this label (a selectable read-only text). */
	String reviewed(String label) {
		return Widgets.beside(body(), label, Text.class).getText();
	}

	boolean isOpen() {
		return dialog.getShell() != null && !dialog.getShell().isDisposed();
	}

	/** Presses Finish and waits until the dialog has closed or says why it cannot, and for the Jobs that follow. */
	WizardBot finish() {
		stored();
		waitForJobs(TIMEOUT_MS);
		return this;
	}

	/** Presses Finish and waits until the record is stored (the dialog closes or moves on) or refused. */
	WizardBot stored() {
		actions++;
		String before = pageName();
		press(IDialogConstants.FINISH_ID);
		waitUntil("the wizard to store its record", TIMEOUT_MS,
				() -> !isOpen() || error() != null || !before.equals(pageName()));
		return this;
	}

	void cancel() {
		dialog.close();
	}

	private void press(int id) {
		Button button = button(id);
		if (!button.isEnabled()) {
			throw new AssertionError("button " + id + " is disabled on " + pageName() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ error());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private Button button(int id) {
		Button found = UiTestSupport.button(dialog.getShell(), id);
		if (found == null) {
			throw new AssertionError("no button " + id); //$NON-NLS-1$
		}
		return found;
	}
}
