package io.agritrace.core.util;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Iterates a source on a second thread, a bounded number of elements ahead of
 * the caller: parsing and hashing events then runs on one core while the
 * caller writes the previous ones to the database on the other. What the
 * source throws is thrown to the caller where the source threw it, after the
 * elements before it.
 *
 * <p>
 * {@link #close()} stops the worker and waits for it, so the source may be
 * closed right after.
 */
public final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

	private static final Object END = new Object();

	/** What the source threw, in the queue where its next element would have been. */
	private record Failure(RuntimeException exception) {
	}

	private final BlockingQueue<Object> queue;
	private final Thread worker;
	private volatile boolean stopped;
	private Object next;

	public ReadAhead(Iterator<? extends T> source, int capacity, String threadName) {
		this(source, capacity, threadName, element -> {
		});
	}

	/**
	 * @param prepare work done on each element on the second thread before it is
	 *                handed over, which the caller would otherwise do on its own
	 */
	public ReadAhead(Iterator<? extends T> source, int capacity, String threadName, Consumer<? super T> prepare) {
		queue = new ArrayBlockingQueue<>(capacity);
		worker = new Thread(() -> feed(source, prepare), threadName);
		worker.setDaemon(true);
		worker.start();
	}

	private void feed(Iterator<? extends T> source, Consumer<? super T> prepare) {
		Object element;
		try {
			while (!stopped && source.hasNext()) {
				T next = source.next();
				prepare.accept(next);
				if (!hand(next)) {
					return;
				}
			}
			element = END;
		} catch (RuntimeException e) {
			element = new Failure(e);
		} catch (Error e) {
			element = new Failure(new IllegalStateException(e));
		}
		hand(element);
	}

	/** Waits for room in the queue, or until closed; false when closed. */
	private boolean hand(Object element) {
		try {
			while (!stopped) {
				if (queue.offer(element, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public boolean hasNext() {
		if (next == null) {
			try {
				next = queue.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the next element", e); //$NON-NLS-1$
			}
		}
		if (next instanceof Failure failure) {
			throw failure.exception();
		}
		return next != END;
	}

	@Override
	@SuppressWarnings("unchecked")
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		T element = (T) next;
		next = null;
		return element;
	}

	@Override
	public void close() {
		stopped = true;
		queue.clear();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
