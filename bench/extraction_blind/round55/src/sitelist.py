"""Ordered list of the site modules of round 55."""
import s01_cottonwood
import s02_winnebago
import s03_morton
import s04_aurora
import s05_gilbert
import s06_pillager
import s07_glyndon
import s08_harris
import s09_kingston
import s10_darwin
import s11_danube
import s12_trimont

MODULES = [s01_cottonwood, s02_winnebago, s03_morton, s04_aurora, s05_gilbert, s06_pillager,
           s07_glyndon, s08_harris, s09_kingston, s10_darwin, s11_danube, s12_trimont]
