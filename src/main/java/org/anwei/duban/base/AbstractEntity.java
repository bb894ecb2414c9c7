package org.anwei.duban.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Base of every aggregate root: a database-generated id and an optimistic-locking
 * version, so that two people editing the same record never overwrite each other
 * silently.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	public @Nullable Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/** Proxy-safe equality: same concrete class and same non-null id. */
	@Override
	public final boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || effectiveClass(this) != effectiveClass(other)) {
			return false;
		}
		Long otherId = ((AbstractEntity) other).getId();
		return this.id != null && this.id.equals(otherId);
	}

	@Override
	public final int hashCode() {
		return effectiveClass(this).hashCode();
	}

	private static Class<?> effectiveClass(Object object) {
		if (object instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getPersistentClass();
		}
		return object.getClass();
	}

}
