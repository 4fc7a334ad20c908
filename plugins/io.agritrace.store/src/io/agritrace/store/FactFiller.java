package io.agritrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.store.internal.FactWriter;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/**
 * Fills the facts the store keeps of each event (core's EventFacts, in
 * {@code event_fact}) on a thread of its own, so that bulk writes keep their
 * speed (docs/performance.md) and no read writes. A pass is asked for when a
 * write run has finished and when the store opens; one runs at a time, a
 * thousand events a transaction, so that a pass cut short by closing, by a
 * killed process or by a write run of this store (it does not compete with
 * one unless a reader waits) loses nothing: the next one goes on from there.
 * Credit and dashboard reads {@link #await} it when events lack their facts;
 * a recorded event gets its facts in its own transaction ({@link #fillNow}).
 */
final class FactFiller implements AutoCloseable {

	private static final int PAGE = 1_000;
	/** How long a reader waits for a pass that fills nothing before it gives up. */
	private static final long STALL_SECONDS = 60;
	private static final String AFTER_LAST = "e.id > (SELECT COALESCE(MAX(event_id), 0) FROM event_fact)"; //$NON-NLS-1$
	private static final String IN_GAP = "NOT EXISTS (SELECT 1 FROM event_fact f WHERE f.event_id = e.id)"; //$NON-NLS-1$
	/**
	 * Events of a write run not finished (in progress, or failed and being
	 * removed) get no facts, as the publisher sends no anchor for them: a run
	 * that fails takes them back, and facts filled meanwhile would outlive them.
	 */
	private static final String IN_UNFINISHED_RUN = "e.id >= (SELECT MIN(first_event) FROM write_run WHERE NOT finished) " //$NON-NLS-1$
			+ "AND e.write_run IN (SELECT id FROM write_run WHERE NOT finished)"; //$NON-NLS-1$

	private final Transactions transactions;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "AgriTrace event facts"); //$NON-NLS-1$
		t.setDaemon(true); // a process that ends without closing its store fills the rest when next opened
		return t;
	});
	// Guarded by this. Passes asked for are numbered; a pass serves every request made before it began.
	private long requested;
	private boolean passQueued;
	private long caughtUp;
	private long failedRequest;
	private RuntimeException failure;
	private long pagesFilled;
	private int runsWriting;
	private int readersWaiting;
	private boolean closed;

	FactFiller(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Asks for a pass over the events that lack facts; returns the request's number. */
	synchronized long wake() {
		requested++;
		// Once closed, a request is never served: a reader waiting for it gives up.
		if (!closed && !passQueued) {
			passQueued = true;
			thread.execute(this::pass);
		}
		return requested;
	}

	/** Runs a write run, with passes paused meanwhile unless a reader waits, then asks for a pass. */
	<T> T writing(Supplier<T> run) {
		synchronized (this) {
			runsWriting++;
		}
		try {
			return run.get();
		} finally {
			synchronized (this) {
				runsWriting--;
			}
			wake();
		}
	}

	/**
	 * Returns once every event stored before the call has its facts: at once
	 * when none lacks them, else when a pass has filled them. Writes nothing.
	 *
	 * @throws StoreException when the pass failed, the store was closed, or no
	 *                        page was filled for {@value #STALL_SECONDS} s
	 */
	void await() {
		if (!transactions.call(FactFiller::lacking)) {
			return;
		}
		synchronized (this) {
			readersWaiting++;
		}
		try {
			waitFor(wake());
		} finally {
			synchronized (this) {
				readersWaiting--;
			}
		}
	}

	private synchronized void waitFor(long request) {
		long seen = pagesFilled;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STALL_SECONDS);
		while (caughtUp < request) {
			if (failure != null && failedRequest >= request) {
				throw new StoreException(failure.getMessage(), failure);
			}
			long left = deadline - System.nanoTime();
			if (closed || left <= 0) {
				throw new StoreException(Texts.FactFiller_notFilled.with(STALL_SECONDS), null);
			}
			try {
				wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new StoreException(Texts.FactFiller_notFilled.with(STALL_SECONDS), e);
			}
			if (pagesFilled != seen) {
				seen = pagesFilled;
				deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STALL_SECONDS);
			}
		}
	}

	private void pass() {
		long request;
		synchronized (this) {
			passQueued = false;
			request = requested;
		}
		try {
			for (boolean more = true; more;) {
				synchronized (this) {
					if (closed || runsWriting > 0 && readersWaiting == 0) {
						notifyAll();
						return; // the pass after the run, or after the next opening, goes on
					}
				}
				more = transactions.call(FactFiller::fillPage) > 0;
				synchronized (this) {
					if (more) {
						pagesFilled++;
					} else {
						caughtUp = Math.max(caughtUp, request);
					}
					notifyAll();
				}
			}
		} catch (RuntimeException e) {
			synchronized (this) {
				failure = e;
				failedRequest = request;
				notifyAll();
			}
		}
	}

	/** True when some stored event, not of an unfinished write run, lacks its facts (read only). */
	private static boolean lacking(Connection c) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM epcis_event e WHERE " + AFTER_LAST //$NON-NLS-1$
				+ " AND " + WriteRuns.FINISHED //$NON-NLS-1$
				+ ") OR (SELECT COUNT(*) FROM epcis_event) - (SELECT COUNT(*) FROM " //$NON-NLS-1$
				+ "epcis_event e WHERE " + IN_UNFINISHED_RUN + ") > (SELECT COUNT(*) FROM event_fact)"); //$NON-NLS-1$ //$NON-NLS-2$
				ResultSet r = p.executeQuery()) {
			r.next();
			return r.getBoolean(1);
		}
	}

	/**
	 * Fills up to a page of events that lack facts: those stored after the last
	 * that has them, else any gap a write run that finished after later events
	 * got theirs left.
	 */
	private static int fillPage(Connection c) throws SQLException {
		int filled = fill(c, AFTER_LAST);
		return filled > 0 || !lacking(c) ? filled : fill(c, IN_GAP);
	}

	private static int fill(Connection c, String lacking) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(select(lacking + " AND " + WriteRuns.FINISHED) //$NON-NLS-1$
				+ " ORDER BY e.id LIMIT " + PAGE); //$NON-NLS-1$
				FactWriter facts = FactWriter.forMany(c)) {
			return write(p, facts);
		}
	}

	/** Writes the facts of these stored events, in the caller's transaction: a recorded event's, or a correction's. */
	static void fillNow(Connection c, Collection<EpcisEvent> events) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(select("e.hash_id IN (" //$NON-NLS-1$
				+ String.join(",", Collections.nCopies(events.size(), "?")) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				FactWriter facts = FactWriter.forFew(c)) {
			int i = 1;
			for (EpcisEvent e : events) {
				p.setBytes(i++, e.hashId().digest());
			}
			write(p, facts);
		}
	}

	private static String select(String condition) {
		return "SELECT " + EventRepository.COLUMNS + ", e.recorded_at FROM epcis_event e WHERE " + condition; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int write(PreparedStatement p, FactWriter facts) throws SQLException {
		int count = 0;
		try (ResultSet r = p.executeQuery()) {
			while (r.next()) {
				StoredEvent s = EventRepository.event(r);
				facts.add(s.id(), s.event(), r.getObject(8, OffsetDateTime.class).toInstant(), !s.warnings().isEmpty(),
						s.errorDeclaration() != null);
				count++;
			}
		}
		facts.execute();
		return count;
	}

	/** Stops the pass in progress after its page, and waits for it. */
	@Override
	public void close() {
		synchronized (this) {
			closed = true;
			notifyAll();
		}
		thread.shutdown();
		try {
			thread.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
