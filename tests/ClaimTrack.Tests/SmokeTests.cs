namespace ClaimTrack.Tests;
public class SmokeTests { [Fact] public void Works() => (1 + 1).ShouldBe(2); }
