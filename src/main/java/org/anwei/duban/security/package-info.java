/**
 * Sign-in and users: the security configuration, login hardening (lockout after repeated
 * failures, audit of every attempt), password policy, first-admin setup, and the user
 * accounts with their roles, department and overseen departments (分管).
 */
@ApplicationModule(displayName = "Security and users")
@NullMarked
package org.anwei.duban.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
