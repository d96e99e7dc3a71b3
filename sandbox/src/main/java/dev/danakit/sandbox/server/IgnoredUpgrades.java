package dev.danakit.sandbox.server;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers a request that asks to switch protocols ({@code Upgrade: h2c}, sent by {@code curl --http2} and by
 * Java's {@code HttpClient} at default settings on plain-HTTP URLs) as the HTTP/1.1 request it also is; a server
 * may ignore an upgrade it does not offer (RFC 9110, 7.8). Without this, Grizzly treats every byte after the
 * headers as the new protocol's, never frames the body, and the request hangs until the client gives up.
 */
public final class IgnoredUpgrades implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        // right after the HTTP codec: the event is fired while the codec parses the headers, before it decides
        // how the body is framed
        builder.add(builder.indexOfType(HttpServerFilter.class) + 1, new Filter());
    }

    private static final class Filter extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) {
            if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                header.getUpgradeDC().recycle();
                header.setIgnoreContentModifiers(false);
                return ctx.getStopAction();
            }
            return ctx.getInvokeAction();
        }
    }
}
