package org.anwei.duban.architecture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of CONVENTIONS.md that a machine can check. Each one fails if the code breaks
 * it.
 */
@AnalyzeClasses(packages = "org.anwei.duban", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule views_never_touch_repositories = noClasses().that()
		.resideInAPackage("..ui..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.because("views talk only to services, which own transactions and security");

	@ArchTest
	static final ArchRule every_public_service_method_is_secured = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.and()
		.arePublic()
		.should()
		.beAnnotatedWith(PreAuthorize.class)
		.because("hiding a button is cosmetic; the service is the guard");

	@ArchTest
	static final ArchRule every_view_declares_who_may_open_it = classes().that()
		.areAnnotatedWith(Route.class)
		.should()
		.beAnnotatedWith(RolesAllowed.class)
		.orShould()
		.beAnnotatedWith(PermitAll.class)
		.orShould()
		.beAnnotatedWith(AnonymousAllowed.class);

	@ArchTest
	static final ArchRule only_login_and_setup_are_anonymous = classes().that()
		.areAnnotatedWith(AnonymousAllowed.class)
		.should()
		.haveSimpleName("LoginView")
		.orShould()
		.haveSimpleName("SetupView");

	@ArchTest
	static final ArchRule entities_and_repositories_stay_internal = classes().that()
		.areAnnotatedWith(Entity.class)
		.or()
		.areAssignableTo(Repository.class)
		.should()
		.resideInAPackage("..internal..");

	@ArchTest
	static void time_comes_from_the_injected_clock(JavaClasses classes) {
		noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("tests move time with a fake Clock")
			.check(classes);
	}

}
