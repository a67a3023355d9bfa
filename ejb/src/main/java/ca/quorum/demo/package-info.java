/**
 * Demo data for a fictional regional shared service: the Town of Lakeview Harbour (mayor, eight councillors, two
 * standing committees, one user per role) and the smaller, French-first Canton de Pinecrest. Loaded once into an
 * empty database unless {@code QUORUM_DEMO_DATA=false}.
 */
package ca.quorum.demo;
