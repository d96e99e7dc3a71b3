// Written for the DANA sandbox: the specs come from this server, never from the internet.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      /*SPEC_URLS*/
    ],
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    // The specs name DANA's servers; "Try it out" must reach this sandbox instead.
    requestInterceptor: function (request) {
      request.url = request.url.replace(/^https:\/\/api\.(sandbox|saas)\.dana\.id/, window.location.origin);
      return request;
    }
  });
};
