using InstaIntel.Api.Archives;

namespace InstaIntel.Tests.Archives;

public sealed class RenamedProfilesTests
{
    private static List<(long, long)> Pair(long[] archivedNewestFirst, long[] crawledNewestFirst) =>
        RenamedProfiles.Pair(archivedNewestFirst, crawledNewestFirst, archivedNewestFirst.ToHashSet());

    [Fact]
    public void A_placeholder_between_two_shared_neighbours_is_the_one_unseen_profile_between_them()
    {
        Assert.Equal([(-1L, 20L)], Pair([3, -1, 1], [99, 3, 20, 1]));
    }

    [Fact]
    public void Below_the_oldest_shared_neighbour_nobody_can_be_new()
    {
        Assert.Equal([(-1L, 20L), (-2L, 21L)], Pair([3, -1, -2], [3, 20, 21]));
    }

    [Fact]
    public void Above_the_newest_shared_neighbour_newcomers_mix_in_so_nothing_is_paired()
    {
        Assert.Empty(Pair([-1, 3], [99, 20, 3]));
    }

    [Fact]
    public void A_gap_whose_counts_differ_is_left_alone()
    {
        Assert.Empty(Pair([3, -1, -2, 1], [3, 20, 1]));
    }

    [Fact]
    public void A_neighbour_who_moved_to_the_top_by_following_again_does_not_split_the_gaps()
    {
        // 2 unfollowed and followed again: Instagram lists them first now, so the gap runs from 3 to 1.
        Assert.Equal([(-1L, 20L)], Pair([3, 2, -1, 1], [2, 3, 20, 1]));
    }

    [Fact]
    public void Someone_who_left_is_not_a_neighbour()
    {
        Assert.Equal([(-1L, 20L)], Pair([3, 2, -1, 1], [3, 20, 1]));
    }

    [Fact]
    public void Lists_out_of_date_order_pair_nobody()
    {
        Assert.Empty(Pair([6, 5, 4, -1, 3, 2, 1], [2, 5, 1, 6, 3, 4, 20]));
    }
}
