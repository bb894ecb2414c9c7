package org.anwei.duban.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.anwei.duban.base.security.Role;
import org.anwei.duban.security.UserListItem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	String FILTER = """
			where (:text is null or lower(u.username) like :text or lower(u.displayName) like :text
			       or lower(coalesce(u.phone, '')) like :text or lower(coalesce(u.email, '')) like :text)
			  and (:departmentId is null or u.departmentId = :departmentId)
			  and (:role is null or exists (select 1 from AppUser u2 join u2.roles r where u2.id = u.id and r = :role))
			  and (:enabledOnly = false or u.enabled = true)
			""";

	Optional<AppUser> findByUsername(String username);

	// Sign-in bookkeeping is not an edit of the account: each is one statement that
	// leaves
	// the version alone, so that two sign-ins to one account at the same moment (a phone
	// and a desk, a shared duty account) never conflict, nor with an administrator
	// editing the account meanwhile.

	@Modifying
	@Query("update AppUser u set u.failedAttempts = 0, u.lastLoginAt = :at where u.id = :id")
	int recordSuccessfulLogin(@Param("id") long id, @Param("at") Instant at);

	@Modifying
	@Query("update AppUser u set u.failedAttempts = 0 where u.id = :id and u.failedAttempts <> 0")
	int resetFailedAttempts(@Param("id") long id);

	@Modifying
	@Query("update AppUser u set u.language = :language where u.id = :id")
	int recordLanguage(@Param("id") long id, @Param("language") String language);

	@Modifying
	@Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1 where u.id = :id")
	int countFailedLogin(@Param("id") long id);

	/** Locks the account if it has had too many wrong passwords; 1 if it did. */
	@Modifying
	@Query("""
			update AppUser u set u.lockedUntil = :until, u.failedAttempts = 0
			where u.id = :id and u.failedAttempts >= :max
			""")
	int lockIfTooManyFailures(@Param("id") long id, @Param("max") int max, @Param("until") Instant until);

	boolean existsByUsername(String username);

	@Query("""
			select new org.anwei.duban.security.UserListItem(u.id, u.username, u.displayName, u.departmentId,
			       u.phone, u.email, u.enabled, u.lockedUntil, u.lastLoginAt, u.departmentHead)
			from AppUser u
			""" + FILTER)
	List<UserListItem> findListItems(@Param("text") @Nullable String text,
			@Param("departmentId") @Nullable Long departmentId, @Param("role") @Nullable Role role,
			@Param("enabledOnly") boolean enabledOnly, Pageable pageable);

	@Query("select count(u) from AppUser u " + FILTER)
	long countListItems(@Param("text") @Nullable String text, @Param("departmentId") @Nullable Long departmentId,
			@Param("role") @Nullable Role role, @Param("enabledOnly") boolean enabledOnly);

	/**
	 * (user id, role) pairs of the given users: the roles of a list page in one query.
	 */
	@Query("select u.id, r from AppUser u join u.roles r where u.id in :ids")
	List<Object[]> rolesOf(@Param("ids") java.util.Collection<Long> ids);

	/**
	 * Enabled department users of a department: its liaisons ({@code head} false) or its
	 * head(s) (部门负责人).
	 */
	@Query("""
			select new org.anwei.duban.security.Recipient(u.username, u.displayName, u.email, u.language)
			from AppUser u join u.roles r
			where u.departmentId = :departmentId and u.enabled = true and u.departmentHead = :head
			  and r = org.anwei.duban.base.security.Role.DEPT
			order by u.username
			""")
	List<org.anwei.duban.security.Recipient> departmentUsers(@Param("departmentId") long departmentId,
			@Param("head") boolean head);

	/**
	 * Enabled leaders who oversee a department: those assigned it, and those overseeing
	 * all.
	 */
	@Query("""
			select new org.anwei.duban.security.Recipient(u.username, u.displayName, u.email, u.language)
			from AppUser u join u.roles r
			where u.enabled = true and r = org.anwei.duban.base.security.Role.LEADER
			  and (u.overseesAll = true or :departmentId member of u.overseenDepartmentIds)
			order by u.username
			""")
	List<org.anwei.duban.security.Recipient> overseersOf(@Param("departmentId") long departmentId);

	/** (login name, display name) pairs of the accounts with these login names. */
	@Query("select u.username, u.displayName from AppUser u where u.username in :usernames")
	List<Object[]> displayNames(@Param("usernames") java.util.Collection<String> usernames);

	@Query("select count(u) from AppUser u where u.departmentId = :departmentId and u.enabled = true")
	long countEnabledInDepartment(@Param("departmentId") long departmentId);

	@Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(@Param("role") Role role);

}
