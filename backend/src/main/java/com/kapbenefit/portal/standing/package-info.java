/**
 * Where a member stands: the one answer to "how far along is this member, and may they be referred
 * or go on with care?", read by routing, the care journey and the member's journey page alike.
 * See backend/STANDING.md for what each change of standing does to referrals, sessions and reports.
 */
package com.kapbenefit.portal.standing;
