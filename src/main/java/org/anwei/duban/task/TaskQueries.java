package org.anwei.duban.task;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.extension.ExtensionRequests;
import org.anwei.duban.extension.PendingExtension;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskAttachment;
import org.anwei.duban.task.internal.TaskAttachmentRepository;
import org.anwei.duban.task.internal.TaskReportRepository;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.data.domain.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tasks. Everyone signed in with a working role reads, each within their scope
 * (see {@link TaskAccess}): a task outside it is "not found". The light: red once the
 * current deadline has passed, yellow from the stored yellow-from day (see
 * {@link Deadlines}), green before; done and cancelled tasks have none.
 */
@Service
public class TaskQueries {

	/** Tasks' type in the supervision module (notices, urges) and the audit log. */
	public static final String SUPERVISED_TYPE = TaskService.ENTITY;

	/** The task list's order unless the user sorts otherwise. */
	private static final Sort SOONEST_FIRST = Sort.by("currentDeadline").ascending().and(Sort.by("id"));

	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private final TaskRepository tasks;

	private final TaskReportRepository reports;

	private final TaskAttachmentRepository attachments;

	private final ExtensionRequests extensions;

	private final DepartmentService departments;

	private final TaskAccess access;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final TaskProperties properties;

	private final Clock clock;

	private final TaskTextIndex textIndex;

	TaskQueries(TaskRepository tasks, TaskReportRepository reports, TaskAttachmentRepository attachments,
			ExtensionRequests extensions, DepartmentService departments, CurrentUser currentUser, AuditTrail auditTrail,
			TaskProperties properties, Clock clock, TaskTextIndex textIndex) {
		this.textIndex = textIndex;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.tasks = tasks;
		this.reports = reports;
		this.attachments = attachments;
		this.extensions = extensions;
		this.departments = departments;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	/** A page of tasks, filtered and sorted in the database. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<TaskListItem> list(TaskFilter filter, Pageable pageable) {
		Pageable sorted = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SOONEST_FIRST);
		OwnWork own = ownWork();
		OwnWork.Bounds bounds = own == null || !sorted.getSort().equals(SOONEST_FIRST) ? null : own.bounds(filter);
		if (own != null && bounds != null) {
			return inOrder(own.ids(bounds, sorted.getOffset(), sorted.getPageSize()));
		}
		return fetch(TaskSpecifications.of(filter, this.access.visibleDepartments(), moment(),
				this.textIndex.candidates(filter.text())), sorted);
	}

	/**
	 * One page of list items, without the count query a {@code Page} would add: the grid
	 * asks for the count separately, once.
	 */
	private List<TaskListItem> fetch(Specification<Task> spec, Pageable pageable) {
		// a slice reads one row more than asked, which overflows for "everything"
		List<Task> found = pageable.getPageSize() == Integer.MAX_VALUE && pageable.getOffset() == 0
				? this.tasks.findBy(spec, q -> q.sortBy(pageable.getSort()).all())
				: this.tasks.findBy(spec, q -> q.slice(pageable)).getContent();
		TaskMapper mapper = mapper(found);
		return found.stream().map(mapper::listItem).toList();
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long count(TaskFilter filter) {
		OwnWork own = ownWork();
		OwnWork.Bounds bounds = own == null ? null : own.bounds(filter);
		if (own != null && bounds != null) {
			return own.count(bounds);
		}
		return this.tasks.count(TaskSpecifications.of(filter, this.access.visibleDepartments(), moment(),
				this.textIndex.candidates(filter.text())));
	}

	/**
	 * How many of the given ids are tasks the caller may see: other modules link records
	 * to tasks and check the links with it.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long countVisible(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		Specification<Task> inIds = (root, query, cb) -> root.get("id").in(ids);
		return this.tasks
			.count(TaskSpecifications.of(TaskFilter.none(), this.access.visibleDepartments(), moment()).and(inIds));
	}

	/**
	 * The status of each given task the caller may see, in one query: other modules that
	 * link tasks (inspections) show their state with it.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public java.util.Map<Long, TaskStatus> statuses(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		Specification<Task> inIds = (root, query, cb) -> root.get("id").in(ids);
		return this.tasks
			.findAll(TaskSpecifications.of(TaskFilter.none(), this.access.visibleDepartments(), moment()).and(inIds))
			.stream()
			.collect(java.util.stream.Collectors.toMap(t -> java.util.Objects.requireNonNull(t.getId()),
					Task::getStatus));
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public TaskDetails get(long id) {
		Task task = this.access.requireVisible(this.tasks.findById(id).orElse(null), id);
		DirectiveSource source = task.source();
		if (source != null && !this.access.seesSourceContext()) {
			source = source.withoutContext();
		}
		return mapper(List.of(task)).details(task, this.reports.findByTaskIdOrderByCreatedAtAscIdAsc(id),
				this.attachments.summaries(id), this.extensions.of(TaskService.ENTITY, id), source);
	}

	/** An attachment's original bytes, for a task the caller may see. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] attachment(long taskId, long attachmentId, boolean thumbnail) {
		TaskAttachment attachment = visibleAttachment(taskId, attachmentId);
		byte[] small = attachment.getThumbnail();
		return thumbnail && small != null ? small : attachment.getContent();
	}

	/**
	 * An attachment as it was uploaded (name, type, bytes), for a task the caller may
	 * see.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public AttachmentFile attachmentFile(long taskId, long attachmentId) {
		TaskAttachment attachment = visibleAttachment(taskId, attachmentId);
		return new AttachmentFile(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
	}

	private TaskAttachment visibleAttachment(long taskId, long attachmentId) {
		this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		return this.attachments.findById(attachmentId)
			.filter(a -> a.getTaskId() == taskId)
			.orElseThrow(() -> new NotFoundException("entity.attachment", attachmentId));
	}

	/**
	 * What needs the user's action now: for a liaison the tasks to sign and their open
	 * tasks that are red or yellow; for staff the completion reports to review and the
	 * extension requests to decide; for everyone their red tasks. At most {@code limit}
	 * of each, soonest deadline first.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public MyWork myWork(int limit) {
		var user = this.currentUser.require();
		OwnWork own = ownWork();
		List<TaskListItem> toSign = List.of();
		if (user.hasRole(org.anwei.duban.base.security.Role.DEPT) && user.departmentId() != null) {
			toSign = own != null && own.department() == user.departmentId()
					? inOrder(own.ids(OwnWork.Part.TO_SIGN, limit))
					: first(TaskSpecifications.waitingForSignature(user.departmentId()), TaskFilter.none(), limit);
		}
		boolean staff = user.hasRole(org.anwei.duban.base.security.Role.STAFF);
		List<TaskListItem> toReview = staff
				? first(null, new TaskFilter(null, TaskStatus.SUBMITTED, null, null, null, null, null, null), limit)
				: List.of();
		List<PendingExtension> extensionsToDecide = staff ? this.extensions.pendingAll(limit) : List.of();
		List<TaskListItem> red = own != null ? inOrder(own.ids(OwnWork.Part.RED, limit))
				: first(null, lightFilter(StatusLight.RED), limit);
		List<TaskListItem> yellow = own != null ? inOrder(own.ids(OwnWork.Part.YELLOW, limit))
				: first(null, lightFilter(StatusLight.YELLOW), limit);
		return new MyWork(toSign, toReview, extensionsToDecide, red, yellow);
	}

	/**
	 * The numbers a home page shows: what waits for the user, counted in the database
	 * within the user's scope, one count query each.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public WorkCounts workCounts() {
		var user = this.currentUser.require();
		var scope = TaskSpecifications.of(TaskFilter.none(), this.access.visibleDepartments(), moment());
		OwnWork own = ownWork();
		long toSign = 0;
		if (user.hasRole(org.anwei.duban.base.security.Role.DEPT) && user.departmentId() != null) {
			toSign = own != null && own.department() == user.departmentId() ? own.count(OwnWork.Part.TO_SIGN)
					: this.tasks.count(TaskSpecifications.waitingForSignature(user.departmentId()).and(scope));
		}
		boolean staff = user.hasRole(org.anwei.duban.base.security.Role.STAFF);
		long toReview = staff ? count(new TaskFilter(null, TaskStatus.SUBMITTED, null, null, null, null, null, null))
				: 0;
		long extensionsToDecide = staff ? this.extensions.countAllPending() : 0;
		java.time.Instant monthStart = today().withDayOfMonth(1).atStartOfDay(this.clock.getZone()).toInstant();
		long completed = this.tasks.count(TaskSpecifications.completedSince(monthStart).and(scope));
		if (own != null) {
			return new WorkCounts(toSign, own.count(OwnWork.Part.OPEN), own.count(OwnWork.Part.YELLOW),
					own.count(OwnWork.Part.RED), toReview, extensionsToDecide, completed);
		}
		return new WorkCounts(toSign, this.tasks.count(TaskSpecifications.open().and(scope)),
				count(lightFilter(StatusLight.YELLOW)), count(lightFilter(StatusLight.RED)), toReview,
				extensionsToDecide, completed);
	}

	/**
	 * The department's own work when the caller's scope is one department (a liaison, a
	 * leader overseeing one): read from its parts alone.
	 */
	private @Nullable OwnWork ownWork() {
		Set<Long> visible = this.access.visibleDepartments();
		return visible != null && visible.size() == 1 ? new OwnWork(this.tasks, visible.iterator().next(), today())
				: null;
	}

	/** The tasks of the ids, as list items in the ids' order. */
	private List<TaskListItem> inOrder(List<Long> ids) {
		java.util.Map<Long, Task> byId = new java.util.HashMap<>();
		this.tasks.findAllById(ids).forEach(t -> byId.put(java.util.Objects.requireNonNull(t.getId()), t));
		List<Task> found = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
		TaskMapper mapper = mapper(found);
		return found.stream().map(mapper::listItem).toList();
	}

	/** The first tasks by deadline within the user's scope. */
	private List<TaskListItem> first(@Nullable Specification<Task> extra, TaskFilter filter, int limit) {
		Specification<Task> spec = TaskSpecifications.of(filter, this.access.visibleDepartments(), moment());
		return fetch(extra == null ? spec : extra.and(spec), PageRequest.of(0, limit, SOONEST_FIRST));
	}

	private static TaskFilter lightFilter(StatusLight light) {
		return new TaskFilter(null, null, light, null, null, null, null, null);
	}

	/** Extension requests waiting for a decision, oldest first (staff's queue). */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional(readOnly = true)
	public List<ExtensionDetails> pendingExtensions() {
		return this.extensions.pending(TaskService.ENTITY);
	}

	/** The task's history (who did what when, old → new), newest first. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long taskId) {
		this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		return this.auditTrail.history(TaskService.ENTITY, taskId);
	}

	private TaskMapper mapper(List<Task> tasks) {
		Set<Long> ids = new HashSet<>();
		tasks.forEach(t -> t.getParties().forEach(p -> ids.add(p.getDepartmentId())));
		return new TaskMapper(ids.isEmpty() ? java.util.Map.of() : this.departments.namesOf(ids), today(),
				this.clock.instant().minus(Duration.ofDays(this.properties.staleDays())));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
	}

	private TaskFigures.Moment moment() {
		return TaskFigures.Moment.at(this.clock, this.properties);
	}

}
