/**
 * The audit log: who did what to whose record, when, with what outcome. Append-only and
 * hash-chained; on MySQL/MariaDB triggers refuse updates and deletes even to the portal's own
 * database user. It depends on no feature, so every feature may write to it.
 */
package com.kapbenefit.portal.audit;
