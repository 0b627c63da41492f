"""The round 49 site modules, in order."""
import s01_clara_city
import s02_eagle_lake
import s03_spicer
import s04_brownton
import s05_bird_island
import s06_bayport
import s07_hampton
import s08_kasota
import s09_baudette
import s10_warren
import s11_ada
import s12_deerwood

MODULES = [s01_clara_city, s02_eagle_lake, s03_spicer, s04_brownton, s05_bird_island, s06_bayport,
           s07_hampton, s08_kasota, s09_baudette, s10_warren, s11_ada, s12_deerwood]
