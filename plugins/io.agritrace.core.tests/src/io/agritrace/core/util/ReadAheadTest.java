package io.agritrace.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

	@Test
	void givesEveryElementInOrderFromAnotherThread() {
		AtomicReference<Thread> source = new AtomicReference<>();
		Iterator<Integer> numbers = IntStream.range(0, 10_000).peek(i -> source.set(Thread.currentThread())).iterator();
		List<Integer> read = new ArrayList<>();
		try (ReadAhead<Integer> ahead = new ReadAhead<>(numbers, 16, "test")) {
			ahead.forEachRemaining(read::add);
			assertThrows(NoSuchElementException.class, ahead::next);
		}
		assertEquals(IntStream.range(0, 10_000).boxed().toList(), read);
		assertNotEquals(Thread.currentThread(), source.get());
	}

	@Test
	void preparesEachElementOnItsOwnThreadBeforeHandingItOver() {
		List<Thread> preparedOn = new CopyOnWriteArrayList<>();
		List<Integer> read = new ArrayList<>();
		try (ReadAhead<Integer> ahead = new ReadAhead<>(IntStream.range(0, 100).iterator(), 4, "test",
				i -> preparedOn.add(Thread.currentThread()))) {
			while (ahead.hasNext()) {
				// each element handed over was prepared before
				assertTrue(preparedOn.size() > read.size());
				read.add(ahead.next());
			}
		}
		assertEquals(100, preparedOn.size());
		assertTrue(preparedOn.stream().noneMatch(Thread.currentThread()::equals));
	}

	@Test
	void throwsWhatTheSourceThrewAfterTheElementsBeforeIt() {
		IllegalArgumentException broken = new IllegalArgumentException("element 3 is broken");
		Iterator<Integer> numbers = IntStream.range(0, 10).map(i -> {
			if (i == 3) {
				throw broken;
			}
			return i;
		}).iterator();
		try (ReadAhead<Integer> ahead = new ReadAhead<>(numbers, 16, "test")) {
			assertEquals(0, ahead.next());
			assertEquals(1, ahead.next());
			assertEquals(2, ahead.next());
			assertSame(broken, assertThrows(IllegalArgumentException.class, ahead::hasNext));
		}
	}

	@Test
	void readsNoMoreThanItsCapacityAheadAndStopsWhenClosed() throws InterruptedException {
		AtomicInteger taken = new AtomicInteger();
		Iterator<Integer> endless = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Integer next() {
				return taken.incrementAndGet();
			}
		};
		ReadAhead<Integer> ahead = new ReadAhead<>(endless, 8, "test");
		assertEquals(1, ahead.next());
		Thread.sleep(300);
		// one handed out, eight queued, one waiting for room
		assertTrue(taken.get() <= 10, () -> taken.get() + " taken");
		ahead.close();
		int afterClose = taken.get();
		Thread.sleep(300);
		assertEquals(afterClose, taken.get(), "the source is not read after close()");
	}
}
