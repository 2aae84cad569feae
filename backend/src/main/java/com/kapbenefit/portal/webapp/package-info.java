/** Serving the bundled React app, including its client-side routes. */
package com.kapbenefit.portal.webapp;
