/**
 * The record of access decisions: who tried what on whose record, when, and whether it was allowed.
 * Identity reads are recorded by the vault itself; this trail holds the rest, refusals above all.
 */
package com.kapbenefit.portal.audit;
