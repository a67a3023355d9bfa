/** Live meetings on screens: the WebSocket that pushes each change, the tablet and the chamber display. */
package ca.quorum.web.live;
