namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A position on the earth in degrees, longitude first as GeoJSON writes it.</summary>
public readonly record struct GeoPosition(double Longitude, double Latitude);
