"""The site modules of round 60, in order."""
import s01_morgan
import s02_stewart
import s03_lakeland
import s04_shorewood
import s05_evansville
import s06_brewster
import s07_hamburg
import s08_independence
import s09_cook
import s10_stockton
import s11_brownsville
import s12_randall
import s13_fountain

MODULES = [s01_morgan, s02_stewart, s03_lakeland, s04_shorewood, s05_evansville, s06_brewster,
           s07_hamburg, s08_independence, s09_cook, s10_stockton, s11_brownsville, s12_randall,
           s13_fountain]
