package io.agritrace.ui.internal.handlers;

import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;

import io.agritrace.tests.harness.ui.UiTestSupport;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.internal.LotChoiceDialog;

/**
 * File > Find by Code and Mock Recall Drill as a user drives them: a code
 * typed into their dialog, and the lot chosen when a lot number names
 * several. Their dialogs are modal, so timers act on them from inside their
 * event loops.
 */
public final class FindByCodeBot {

	private static final long TIMEOUT_MS = 30_000;
	private static final String FIND_BY_CODE = "io.agritrace.ui.commands.findByCode"; //$NON-NLS-1$
	private static final String MOCK_RECALL = "io.agritrace.ui.commands.mockRecall"; //$NON-NLS-1$

	private final IWorkbenchWindow window;
	private final List<List<String>> choices = new ArrayList<>();

	public FindByCodeBot(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Runs Find by Code, types the code into its dialog and presses OK. */
	public FindByCodeBot find(String code) {
		run(FIND_BY_CODE, field -> field.setText(code));
		return this;
	}

	/** Runs Mock Recall Drill and presses OK on the lot its dialog proposes; returns what it proposed. */
	public String drillTheProposedLot() {
		AtomicReference<String> proposed = new AtomicReference<>();
		run(MOCK_RECALL, field -> proposed.set(field.getText()));
		return proposed.get();
	}

	/**
	 * When a lot choice opens (after the next {@link #find}), keeps its rows,
	 * saves a screenshot of it and takes the row with this trace code.
	 */
	public FindByCodeBot choosing(String traceCode) {
		whenOpen(LotChoiceDialog.class, shell -> {
			Table table = Widgets.first(shell, Table.class, t -> true);
			for (TableItem row : table.getItems()) {
				choices.add(IntStream.range(0, table.getColumnCount()).mapToObj(row::getText).toList());
			}
			try {
				screenshot("lot-choice"); //$NON-NLS-1$
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			TableItem wanted = Arrays.stream(table.getItems())
					.filter(row -> IntStream.range(0, table.getColumnCount()).anyMatch(c -> row.getText(c).equals(traceCode)))
					.findFirst().orElseThrow(() -> new AssertionError("no choice has the trace code " + traceCode)); //$NON-NLS-1$
			table.setSelection(wanted);
			UiTestSupport.press(shell, IDialogConstants.OK_ID);
		});
		return this;
	}

	/** The rows the last lot choice listed, each as its columns show it. */
	public List<List<String>> choices() {
		return choices;
	}

	/** Whether the window's status line says this. */
	public boolean statusLineSays(String message) {
		return Widgets.all(window.getShell(), CLabel.class).stream().anyMatch(l -> message.equals(l.getText()));
	}

	private void run(String command, Consumer<Text> typing) {
		AtomicReference<Boolean> done = new AtomicReference<>(false);
		whenOpen(InputDialog.class, shell -> {
			typing.accept(Widgets.first(shell, Text.class, t -> true));
			UiTestSupport.press(shell, IDialogConstants.OK_ID);
			done.set(true);
		});
		try {
			window.getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			throw new AssertionError(command + " failed", e); //$NON-NLS-1$
		}
		waitUntil("the code given", TIMEOUT_MS, done::get); //$NON-NLS-1$
	}

	/** Acts on the next shell whose dialog is of this kind, once it is open. */
	private static void whenOpen(Class<?> dialog, Consumer<Shell> act) {
		Display display = UiTestSupport.display();
		long until = System.currentTimeMillis() + TIMEOUT_MS;
		Runnable look = new Runnable() {
			@Override
			public void run() {
				Shell active = display.getActiveShell();
				if (active != null && dialog.isInstance(active.getData())) {
					act.accept(active);
				} else if (System.currentTimeMillis() < until) {
					display.timerExec(100, this);
				}
			}
		};
		display.timerExec(100, look);
	}
}
