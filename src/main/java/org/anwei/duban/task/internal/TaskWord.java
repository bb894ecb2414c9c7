package org.anwei.duban.task.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One pair of neighbouring characters of a task's title or content (see
 * {@code SearchGrams}): the word index the task list's search reads instead of every
 * task's text. Written once when the task is issued (its title and content never change).
 */
@Entity
@Table(name = "task_word")
@IdClass(TaskWord.Key.class)
public class TaskWord {

	@Id
	@Column(name = "gram")
	private long gram;

	@Id
	@Column(name = "task_id")
	private long taskId;

	protected TaskWord() {
	}

	public long getGram() {
		return this.gram;
	}

	public long getTaskId() {
		return this.taskId;
	}

	/** The pair and the task: the row's key. */
	public static class Key implements Serializable {

		private long gram;

		private long taskId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.gram == this.gram && key.taskId == this.taskId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.gram, this.taskId);
		}

	}

}
