package org.anwei.duban.base;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Flushes a change and turns a lost race on {@code @Version} (two transactions that both
 * passed the version check) into the same {@link ConcurrentEditException} the version
 * check throws, so callers handle one exception for "someone else saved first".
 */
public final class OptimisticLocking {

	private OptimisticLocking() {
	}

	public static void flush(JpaRepository<?, ?> repository, String entityKey, Object id) {
		try {
			repository.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConcurrentEditException(entityKey, id);
		}
	}

}
