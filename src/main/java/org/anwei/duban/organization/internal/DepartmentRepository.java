package org.anwei.duban.organization.internal;

import java.util.Collection;
import java.util.List;

import org.anwei.duban.organization.DepartmentListItem;
import org.anwei.duban.organization.DepartmentType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	String FILTER = """
			where (:type is null or d.type = :type)
			  and (:activeOnly = false or d.active = true)
			  and (:text is null or lower(d.code) like :text or lower(d.name) like :text
			       or lower(coalesce(d.shortName, '')) like :text
			       or exists (select 1 from Department d2 join d2.aliases a where d2.id = d.id and lower(a) like :text))
			""";

	/**
	 * A page of list rows; aliases are filled in by {@link #aliasesOf} with one more
	 * query per page.
	 */
	@Query("""
			select new org.anwei.duban.organization.DepartmentListItem(d.id, d.code, d.name, d.shortName, d.type,
			       p.name, d.contactPerson, d.contactPhone, d.active)
			from Department d left join Department p on p.id = d.parentId
			""" + FILTER)
	List<DepartmentListItem> findListItems(@Param("text") @Nullable String text,
			@Param("type") @Nullable DepartmentType type, @Param("activeOnly") boolean activeOnly, Pageable pageable);

	@Query("select count(d) from Department d " + FILTER)
	long countListItems(@Param("text") @Nullable String text, @Param("type") @Nullable DepartmentType type,
			@Param("activeOnly") boolean activeOnly);

	/** (department id, alias) pairs for the given departments. */
	@Query("select d.id, a from Department d join d.aliases a where d.id in :ids order by a")
	List<Object[]> aliasesOf(@Param("ids") Collection<Long> ids);

	/**
	 * (department id, alias) pairs of every department, for the directory and uniqueness
	 * checks.
	 */
	@Query("select d.id, a from Department d join d.aliases a")
	List<Object[]> allAliases();

	@Query("select count(d) from Department d where d.parentId = :id and d.active = true")
	long countActiveChildren(@Param("id") long id);

}
