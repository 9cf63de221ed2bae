use strict;
use warnings;

my @tokens = split ' ', do { local $/; <STDIN> };

