/**
 * Referral routing: once a prescriber cleared a member, a referral goes to one psychotherapist
 * licensed where the member is, with room, preferring the member's language, the earliest
 * availability and the lightest load, and keeping a therapist the member already had. Every
 * condition that stops a referral is named to the member. The therapist answers within 72 hours
 * or the referral moves on; identity opens only after acceptance, with consent in force.
 */
package com.kapbenefit.portal.referral;
